using Review.Terminal.Buffers;

namespace Review.Terminal.Widgets;

/// <summary>
/// A row of key hints ("a accept  s suggestion  ?  help"). Hints that do not fit are left out whole,
/// from the end, and a … says so; a single hint too wide for the row is cut.
/// </summary>
public sealed class KeyHints(IReadOnlyList<KeyHint> hints)
{
    public Style KeyStyle { get; init; } = new(Color.Default, Color.Default, Attributes.Bold);

    public Style LabelStyle { get; init; } = new(Color.Default, Color.Default, Attributes.Dim);

    public Style Style { get; init; }

    public string Separator { get; init; } = "  ";

    public void Render(Rect area, ScreenBuffer buffer)
    {
        var row = area.Intersect(buffer.Area).TakeTop(1);
        buffer.Fill(row, Style);
        if (row.IsEmpty)
        {
            return;
        }

        GlyphRuns.Draw(buffer, row.X, row.Y, Layout(row.Width), row);
    }

    private List<Glyph> Layout(int width)
    {
        var line = new List<Glyph>();
        for (var i = 0; i < hints.Count; i++)
        {
            var hint = Glyphs(hints[i], separated: i > 0);
            var isLast = i == hints.Count - 1;
            var room = width - GlyphRuns.Width(line) - (isLast ? 0 : 2);
            if (GlyphRuns.Width(hint) > room)
            {
                return i == 0 ? GlyphRuns.Fit(hint, width) : WithEllipsis(line, width);
            }

            line.AddRange(hint);
        }

        return line;
    }

    private List<Glyph> Glyphs(KeyHint hint, bool separated)
    {
        var glyphs = new List<Glyph>();
        var options = SanitizerOptions.Default;
        if (separated)
        {
            GlyphRuns.Append(glyphs, Separator, Style, options);
        }

        GlyphRuns.Append(glyphs, hint.Key, KeyStyle.Over(Style), options);
        GlyphRuns.Append(glyphs, " ", Style, options);
        GlyphRuns.Append(glyphs, hint.Label, LabelStyle.Over(Style), options);
        return glyphs;
    }

    private List<Glyph> WithEllipsis(List<Glyph> line, int width)
    {
        if (GlyphRuns.Width(line) + 2 <= width)
        {
            line.Add(new Glyph(" ", 1, Style));
            line.Add(new Glyph(GlyphRuns.Ellipsis, 1, LabelStyle.Over(Style)));
        }

        return line;
    }
}
