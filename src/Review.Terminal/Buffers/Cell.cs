namespace Review.Terminal.Buffers;

/// <summary>
/// One terminal cell: a grapheme and its style. A wide grapheme sits in its left cell with
/// <see cref="Width"/> 2; the cell to its right is a continuation (empty grapheme, width 0) that the
/// renderer never writes.
/// </summary>
public readonly record struct Cell
{
    internal Cell(string grapheme, Style style, int width)
    {
        Grapheme = grapheme;
        Style = style;
        Width = (byte)width;
    }

    public string Grapheme { get; }

    public Style Style { get; }

    /// <summary>1 or 2; 0 for the right half of a wide grapheme.</summary>
    public byte Width { get; }

    public bool IsContinuation => Width == 0;

    public static Cell Blank => new(" ", Style.Default, 1);

    internal static Cell Space(Style style) => new(" ", style, 1);

    internal static Cell Continuation(Style style) => new(string.Empty, style, 0);

    // Reference equality first: most graphemes are shared strings, so the diff rarely compares characters.
    public bool Equals(Cell other) =>
        Width == other.Width
        && (ReferenceEquals(Grapheme, other.Grapheme) || string.Equals(Grapheme, other.Grapheme, StringComparison.Ordinal))
        && Style == other.Style;

    public override int GetHashCode() => HashCode.Combine(Grapheme, Style, Width);

    public override string ToString() => IsContinuation ? "<cont>" : $"'{Grapheme}' {Style}";
}
