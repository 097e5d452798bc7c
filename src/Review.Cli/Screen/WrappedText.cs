using System.Text;
using Review.Terminal.Buffers;
using Review.Terminal.Text;

namespace Review.Cli.Screen;

/// <summary>
/// Styled paragraphs broken into rows of a cell width: after a space where one is near, anywhere
/// between graphemes otherwise (Hangul and CJK break anywhere), never inside a grapheme. Text is
/// sanitized first, so widths are those of what will be drawn, and escapes keep their style.
/// </summary>
internal sealed class WrappedText
{
    private WrappedText(IReadOnlyList<IReadOnlyList<StyledSpan>> rows)
    {
        Rows = rows;
    }

    public IReadOnlyList<IReadOnlyList<StyledSpan>> Rows { get; }

    /// <summary>Wraps each paragraph on its own; a paragraph always starts a new row.</summary>
    public static WrappedText Wrap(IEnumerable<IReadOnlyList<StyledSpan>> paragraphs, int width)
    {
        var rows = new List<IReadOnlyList<StyledSpan>>();
        foreach (var paragraph in paragraphs)
        {
            var glyphs = Glyphs(paragraph);
            var start = 0;
            while (start < glyphs.Count && width > 0)
            {
                var end = RowEnd(glyphs, start, width);
                rows.Add(Join(glyphs, start, end));
                // The space a row broke at belongs to neither row.
                start = end < glyphs.Count && glyphs[end].Text == " " && end > start ? end + 1 : end;
            }
        }
        return new WrappedText(rows);
    }

    /// <summary>Draws rows from <paramref name="scroll"/> into <paramref name="area"/>.</summary>
    public void Draw(ScreenBuffer buffer, Rect area, int scroll)
    {
        for (var row = 0; row < area.Height && scroll + row < Rows.Count; row++)
        {
            buffer.SetSpans(area.X, area.Y + row, Rows[scroll + row], area);
        }
    }

    private static List<Glyph> Glyphs(IEnumerable<StyledSpan> spans)
    {
        var glyphs = new List<Glyph>();
        foreach (var span in spans)
        {
            foreach (var run in Sanitizer.Sanitize(span.Text))
            {
                var style = run.IsEscape ? span.Style.ForEscape() : span.Style;
                foreach (var grapheme in Graphemes.Split(run.Text))
                {
                    glyphs.Add(new Glyph(grapheme, style, Math.Max(1, DisplayWidth.OfGrapheme(grapheme))));
                }
            }
        }
        return glyphs;
    }

    /// <summary>The end of the row starting at <paramref name="start"/>: after the last space that fits, if it is not too far back.</summary>
    private static int RowEnd(List<Glyph> glyphs, int start, int width)
    {
        var used = 0;
        var end = start;
        var lastBreak = -1;
        while (end < glyphs.Count && used + glyphs[end].Width <= width)
        {
            used += glyphs[end].Width;
            if (glyphs[end].Text == " ")
            {
                lastBreak = end + 1;
            }
            end++;
        }
        if (end == start)
        {
            return start + 1;
        }
        var breakIsNear = lastBreak > start && end - lastBreak < Math.Max(8, width / 3);
        return end < glyphs.Count && glyphs[end].Text != " " && breakIsNear ? lastBreak : end;
    }

    private static List<StyledSpan> Join(List<Glyph> glyphs, int start, int end)
    {
        var spans = new List<StyledSpan>();
        var text = new StringBuilder();
        var style = glyphs[start].Style;
        for (var i = start; i < end; i++)
        {
            if (glyphs[i].Style != style)
            {
                spans.Add(new StyledSpan(text.ToString(), style));
                text.Clear();
                style = glyphs[i].Style;
            }
            text.Append(glyphs[i].Text);
        }
        spans.Add(new StyledSpan(text.ToString(), style));
        return spans;
    }

    private readonly record struct Glyph(string Text, Style Style, int Width);
}
