namespace Review.Terminal.Buffers;

/// <summary>A rectangle of cells; <see cref="Right"/> and <see cref="Bottom"/> are exclusive.</summary>
public readonly record struct Rect(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    public bool IsEmpty => Width <= 0 || Height <= 0;

    public bool Contains(int x, int y) => x >= X && x < Right && y >= Y && y < Bottom;

    public Rect Intersect(Rect other)
    {
        var x = Math.Max(X, other.X);
        var y = Math.Max(Y, other.Y);
        var right = Math.Min(Right, other.Right);
        var bottom = Math.Min(Bottom, other.Bottom);
        return right <= x || bottom <= y ? new Rect(x, y, 0, 0) : new Rect(x, y, right - x, bottom - y);
    }

    /// <summary>The rectangle shrunk by <paramref name="margin"/> cells on every side.</summary>
    public Rect Inset(int margin) => Inset(margin, margin);

    public Rect Inset(int horizontal, int vertical) =>
        new(X + horizontal, Y + vertical, Math.Max(0, Width - (2 * horizontal)), Math.Max(0, Height - (2 * vertical)));

    /// <summary>The top <paramref name="rows"/> rows (fewer if the rectangle is shorter).</summary>
    public Rect TakeTop(int rows) => this with { Height = Math.Clamp(rows, 0, Height) };

    public Rect TakeBottom(int rows)
    {
        var taken = Math.Clamp(rows, 0, Height);
        return new Rect(X, Bottom - taken, Width, taken);
    }

    public Rect SkipTop(int rows)
    {
        var skipped = Math.Clamp(rows, 0, Height);
        return new Rect(X, Y + skipped, Width, Height - skipped);
    }

    public Rect SkipBottom(int rows) => this with { Height = Height - Math.Clamp(rows, 0, Height) };

    public Rect TakeLeft(int columns) => this with { Width = Math.Clamp(columns, 0, Width) };

    public Rect SkipLeft(int columns)
    {
        var skipped = Math.Clamp(columns, 0, Width);
        return new Rect(X + skipped, Y, Width - skipped, Height);
    }

    /// <summary>One row of the rectangle, relative to its top.</summary>
    public Rect Row(int offset) => new(X, Y + offset, Width, offset >= 0 && offset < Height ? 1 : 0);

    /// <summary>A <paramref name="width"/> x <paramref name="height"/> rectangle centred in this one, clipped to it.</summary>
    public Rect Centered(int width, int height)
    {
        var w = Math.Clamp(width, 0, Width);
        var h = Math.Clamp(height, 0, Height);
        return new Rect(X + ((Width - w) / 2), Y + ((Height - h) / 2), w, h);
    }
}
