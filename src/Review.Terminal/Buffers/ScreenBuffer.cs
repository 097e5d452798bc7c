
namespace Review.Terminal.Buffers;

/// <summary>
/// The frame being drawn: a grid of cells. All text goes through the <see cref="Sanitizer"/> on the
/// way in, and the wide-glyph rules hold after every write: a wide grapheme claims the cell to its
/// right, overwriting either half of a wide grapheme blanks the other half, and a wide grapheme
/// never straddles the clip edge.
/// </summary>
public sealed class ScreenBuffer
{
    private const string DottedCircle = "◌";
    private Cell[] _cells;

    public ScreenBuffer(int width, int height)
    {
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
        _cells = NewCells(Width * Height);
    }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public Rect Area => new(0, 0, Width, Height);

    /// <summary>Where the terminal cursor is shown after the frame is flushed; null hides it.</summary>
    public Position? Cursor { get; set; }

    public SanitizerOptions SanitizerOptions { get; set; } = SanitizerOptions.Default;

    public Cell this[int x, int y] => _cells[Index(x, y)];

    internal Cell[] Cells => _cells;

    /// <summary>Every cell blank in the default style, and no cursor.</summary>
    public void Clear()
    {
        Array.Fill(_cells, Cell.Blank);
        Cursor = null;
    }

    /// <summary>Changes the size; the content is cleared.</summary>
    public void Resize(int width, int height)
    {
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
        _cells = NewCells(Width * Height);
        Cursor = null;
    }

    /// <summary>Fills <paramref name="area"/> (clipped to the buffer) with spaces in <paramref name="style"/>.</summary>
    public void Fill(Rect area, Style style)
    {
        var clip = area.Intersect(Area);
        var space = Cell.Space(style);
        for (var y = clip.Y; y < clip.Bottom; y++)
        {
            // Only the edge cells can cut a wide grapheme in half; the cells between are simply replaced.
            Put(clip.X, y, space);
            if (clip.Width > 1)
            {
                Put(clip.Right - 1, y, space);
            }

            if (clip.Width > 2)
            {
                _cells.AsSpan((y * Width) + clip.X + 1, clip.Width - 2).Fill(space);
            }
        }
    }

    /// <summary>Writes <paramref name="text"/> from (x, y), clipped to the buffer. Returns the column after the last cell written.</summary>
    public int SetString(int x, int y, string text, Style style) => SetString(x, y, text, style, Area);

    /// <summary>Writes <paramref name="text"/> from (x, y), clipped to <paramref name="clip"/>. Returns the column after the last cell written.</summary>
    public int SetString(int x, int y, string text, Style style, Rect clip)
    {
        var bounds = clip.Intersect(Area);
        if (y < bounds.Y || y >= bounds.Bottom)
        {
            return x;
        }

        foreach (var run in Sanitizer.Sanitize(text, SanitizerOptions))
        {
            x = WriteRun(x, y, run.Text, run.IsEscape ? style.ForEscape() : style, bounds);
        }

        return x;
    }

    /// <summary>Writes styled spans one after another on row <paramref name="y"/>. Returns the column after the last cell written.</summary>
    public int SetSpans(int x, int y, IEnumerable<StyledSpan> spans, Rect clip)
    {
        foreach (var span in spans)
        {
            x = SetString(x, y, span.Text, span.Style, clip);
        }

        return x;
    }

    /// <summary>
    /// What a grapheme of sanitized text becomes in a cell, and how many cells it takes: a lone
    /// combining mark is drawn on ◌ so it cannot fuse with the glyph before it.
    /// </summary>
    internal static (string Symbol, int Width) Glyph(ReadOnlySpan<char> grapheme)
    {
        var width = grapheme.Length == 1 && !char.IsSurrogate(grapheme[0]) ? DisplayWidth.Of(grapheme[0]) : DisplayWidth.OfGrapheme(grapheme);
        if (width > 0)
        {
            return (GraphemeStrings.Get(grapheme), width);
        }

        var symbol = DottedCircle + grapheme.ToString();
        return (symbol, Math.Max(1, DisplayWidth.OfGrapheme(symbol)));
    }

    /// <summary>The rows as text: each wide grapheme once, its continuation cell skipped.</summary>
    public IReadOnlyList<string> ToLines()
    {
        var lines = new List<string>(Height);
        var row = new System.Text.StringBuilder();
        for (var y = 0; y < Height; y++)
        {
            row.Clear();
            for (var x = 0; x < Width; x++)
            {
                row.Append(this[x, y].Grapheme);
            }

            lines.Add(row.ToString());
        }

        return lines;
    }

    internal void CopyFrom(ScreenBuffer other)
    {
        if (other.Width != Width || other.Height != Height)
        {
            Resize(other.Width, other.Height);
        }

        other._cells.AsSpan().CopyTo(_cells);
        Cursor = other.Cursor;
    }

    /// <summary>Writes one grapheme already measured by <see cref="Glyph"/> (widgets that lay text out first).</summary>
    internal int SetGlyph(int x, int y, string symbol, int width, Style style, Rect clip)
    {
        var bounds = clip.Intersect(Area);
        return y < bounds.Y || y >= bounds.Bottom || x >= bounds.Right ? x + width : WriteGrapheme(x, y, symbol, width, style, bounds);
    }

    /// <summary>Puts one grapheme as is (no sanitizing): for the terminal emulator, which shows what it was sent.</summary>
    internal void PutRaw(int x, int y, string grapheme, int width, Style style)
    {
        Put(x, y, new Cell(grapheme, style, width));
        if (width == 2 && x + 1 < Width)
        {
            Put(x + 1, y, Cell.Continuation(style));
        }
    }

    /// <summary>Blanks the cells from index <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive), row-major.</summary>
    internal void Erase(int start, int end, Style style)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, _cells.Length); i++)
        {
            Put(i % Width, i / Width, Cell.Space(style));
        }
    }

    /// <summary>Moves every row up by one and blanks the bottom row.</summary>
    internal void ScrollUp()
    {
        _cells.AsSpan(Width).CopyTo(_cells);
        _cells.AsSpan(_cells.Length - Width).Fill(Cell.Blank);
    }

    private int WriteRun(int x, int y, string text, Style style, Rect bounds)
    {
        foreach (var grapheme in Graphemes.Of(text))
        {
            if (x >= bounds.Right)
            {
                break;
            }

            var (symbol, width) = Glyph(grapheme);
            x = WriteGrapheme(x, y, symbol, width, style, bounds);
        }

        return x;
    }

    private int WriteGrapheme(int x, int y, string symbol, int width, Style style, Rect bounds)
    {
        if (x < bounds.X)
        {
            if (x + width > bounds.X)
            {
                Put(bounds.X, y, Cell.Space(style));
            }

            return x + width;
        }

        if (width == 2 && x + 1 >= bounds.Right)
        {
            Put(x, y, Cell.Space(style));
            return bounds.Right;
        }

        Put(x, y, new Cell(symbol, style, width));
        if (width == 2)
        {
            Put(x + 1, y, Cell.Continuation(style));
        }

        return x + width;
    }

    /// <summary>Sets one cell, first blanking the other half of any wide grapheme it cuts through.</summary>
    private void Put(int x, int y, Cell cell)
    {
        var index = Index(x, y);
        var old = _cells[index];
        if (old.Width == 1)
        {
            _cells[index] = cell;
            return;
        }

        if (old.IsContinuation && x > 0 && !cell.IsContinuation)
        {
            _cells[index - 1] = Cell.Space(_cells[index - 1].Style);
        }
        else if (old.Width == 2 && x + 1 < Width)
        {
            _cells[index + 1] = Cell.Space(old.Style);
        }

        _cells[index] = cell;
    }

    private int Index(int x, int y)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) is outside {Width}x{Height}");
        }

        return (y * Width) + x;
    }

    private static Cell[] NewCells(int count)
    {
        var cells = new Cell[count];
        Array.Fill(cells, Cell.Blank);
        return cells;
    }
}
