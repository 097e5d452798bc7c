using Review.Terminal.Buffers;

namespace Review.Terminal.Widgets;

/// <summary>
/// One row: <see cref="Left"/> from the left edge, <see cref="Right"/> against the right edge. When
/// both do not fit, the left part is cut with … first, since the right part usually holds the
/// position and status that must stay readable.
/// </summary>
public sealed class StatusBar
{
    public IReadOnlyList<StyledSpan> Left { get; init; } = [];

    public IReadOnlyList<StyledSpan> Right { get; init; } = [];

    public Style Style { get; init; } = new(Color.Default, Color.Default, Attributes.Reverse);

    public SanitizerOptions SanitizerOptions { get; init; } = SanitizerOptions.Default;

    public void Render(Rect area, ScreenBuffer buffer)
    {
        var row = area.Intersect(buffer.Area).TakeTop(1);
        buffer.Fill(row, Style);
        if (row.IsEmpty)
        {
            return;
        }

        var right = GlyphRuns.Fit(GlyphRuns.From(Right, Style, SanitizerOptions), row.Width);
        var rightWidth = GlyphRuns.Width(right);
        var leftRoom = row.Width - rightWidth - (rightWidth > 0 ? 1 : 0);
        var left = GlyphRuns.Fit(GlyphRuns.From(Left, Style, SanitizerOptions), Math.Max(0, leftRoom));
        GlyphRuns.Draw(buffer, row.X, row.Y, left, row);
        GlyphRuns.Draw(buffer, row.Right - rightWidth, row.Y, right, row);
    }
}
