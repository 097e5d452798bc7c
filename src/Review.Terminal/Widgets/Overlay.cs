using Review.Terminal.Buffers;

namespace Review.Terminal.Widgets;

/// <summary>
/// A bordered box centred over the screen, for help and confirmations: a title in the top border
/// and lines of styled text, each cut with … when the box is narrower than the line.
/// </summary>
public sealed class Overlay(string title, IReadOnlyList<StyledLine> lines)
{
    public Style Style { get; init; }

    public Style BorderStyle { get; init; } = new(Color.Default, Color.Default, Attributes.Bold);

    /// <summary>The widest the box may be; it is narrower when its text is.</summary>
    public int MaxWidth { get; init; } = 72;

    public SanitizerOptions SanitizerOptions { get; init; } = SanitizerOptions.Default;

    /// <summary>Draws the box and returns the area inside its border.</summary>
    public Rect Render(Rect area, ScreenBuffer buffer)
    {
        area = area.Intersect(buffer.Area);
        var glyphLines = lines.Select(line => GlyphRuns.From(line.Spans, Style, SanitizerOptions)).ToList();
        var titleGlyphs = GlyphRuns.From([new StyledSpan(title, BorderStyle)], Style, SanitizerOptions);
        var contentWidth = Math.Max(GlyphRuns.Width(titleGlyphs) + 2, glyphLines.Select(GlyphRuns.Width).DefaultIfEmpty(0).Max());
        var box = area.Centered(Math.Min(contentWidth + 4, MaxWidth), glyphLines.Count + 2);
        if (box.Width < 2 || box.Height < 2)
        {
            return new Rect(box.X, box.Y, 0, 0);
        }

        buffer.Fill(box, Style);
        DrawBorder(buffer, box, titleGlyphs);
        var inner = box.Inset(2, 1);
        for (var row = 0; row < inner.Height; row++)
        {
            var isLastRow = row == inner.Height - 1 && glyphLines.Count > inner.Height;
            var glyphs = isLastRow ? [new Glyph(GlyphRuns.Ellipsis, 1, Style)] : GlyphRuns.Fit(glyphLines[row], inner.Width);
            GlyphRuns.Draw(buffer, inner.X, inner.Y + row, glyphs, inner);
        }

        return inner;
    }

    private void DrawBorder(ScreenBuffer buffer, Rect box, List<Glyph> titleGlyphs)
    {
        var style = BorderStyle.Over(Style);
        var horizontal = new string('─', box.Width - 2);
        buffer.SetString(box.X, box.Y, "┌" + horizontal + "┐", style, box);
        buffer.SetString(box.X, box.Bottom - 1, "└" + horizontal + "┘", style, box);
        for (var y = box.Y + 1; y < box.Bottom - 1; y++)
        {
            buffer.SetString(box.X, y, "│", style, box);
            buffer.SetString(box.Right - 1, y, "│", style, box);
        }

        var title = GlyphRuns.Fit(titleGlyphs, box.Width - 4);
        if (title.Count > 0)
        {
            var titleArea = new Rect(box.X + 1, box.Y, box.Width - 2, 1);
            var x = box.X + ((box.Width - GlyphRuns.Width(title) - 2) / 2);
            x = buffer.SetString(x, box.Y, " ", style, titleArea);
            x = GlyphRuns.Draw(buffer, x, box.Y, title, titleArea);
            buffer.SetString(x, box.Y, " ", style, titleArea);
        }
    }
}
