using Review.Terminal.Buffers;

namespace Review.Terminal.Widgets;

/// <summary>Turns styled spans into sanitized, measured glyphs, and glyphs back into spans; fits them to a width.</summary>
internal static class GlyphRuns
{
    internal const string Ellipsis = "…";

    internal static List<Glyph> From(IEnumerable<StyledSpan> spans, Style under, SanitizerOptions options)
    {
        var glyphs = new List<Glyph>();
        foreach (var span in spans)
        {
            Append(glyphs, span.Text, span.Style.Over(under), options);
        }

        return glyphs;
    }

    internal static void Append(List<Glyph> glyphs, string text, Style style, SanitizerOptions options)
    {
        foreach (var run in Sanitizer.Sanitize(text, options))
        {
            var runStyle = run.IsEscape ? style.ForEscape() : style;
            foreach (var grapheme in Graphemes.Of(run.Text))
            {
                var (symbol, width) = ScreenBuffer.Glyph(grapheme);
                glyphs.Add(new Glyph(symbol, width, runStyle));
            }
        }
    }

    internal static int Width(IEnumerable<Glyph> glyphs) => glyphs.Sum(glyph => glyph.Width);

    /// <summary>The glyphs cut to <paramref name="width"/> cells, ending in … when something was cut.</summary>
    internal static List<Glyph> Fit(List<Glyph> glyphs, int width)
    {
        if (Width(glyphs) <= width)
        {
            return glyphs;
        }

        var fitted = new List<Glyph>();
        var used = 0;
        foreach (var glyph in glyphs)
        {
            if (used + glyph.Width > width - 1)
            {
                break;
            }

            fitted.Add(glyph);
            used += glyph.Width;
        }

        if (width >= 1)
        {
            fitted.Add(new Glyph(Ellipsis, 1, fitted.Count > 0 ? fitted[^1].Style : glyphs[0].Style));
        }

        return fitted;
    }

    /// <summary>Draws glyphs from (x, y); they are already sanitized, so the buffer's sanitizer passes them through.</summary>
    internal static int Draw(ScreenBuffer buffer, int x, int y, IEnumerable<Glyph> glyphs, Rect clip)
    {
        foreach (var glyph in glyphs)
        {
            x = buffer.SetGlyph(x, y, glyph.Text, glyph.Width, glyph.Style, clip);
        }

        return x;
    }
}
