namespace Review.Terminal.Widgets;

/// <summary>
/// Greedy line breaking over glyphs: break after spaces, and around CJK ideographs and other wide
/// characters (which need no spaces), but keep Hangul words whole as Korean is written with spaces.
/// A word longer than the line is cut between graphemes, never inside one.
/// </summary>
internal static class LineWrapper
{
    internal static List<List<Glyph>> Wrap(List<Glyph> glyphs, int width)
    {
        var lines = new List<List<Glyph>>();
        var line = new List<Glyph>();
        var lineWidth = 0;
        var lastBreak = 0;
        foreach (var glyph in glyphs)
        {
            if (lineWidth + glyph.Width > width && line.Count > 0)
            {
                if (glyph.IsSpace)
                {
                    EndLine(lines, ref line, 0, ref lineWidth);
                    lastBreak = 0;
                    continue;
                }

                EndLine(lines, ref line, lastBreak, ref lineWidth);
                lastBreak = 0;
                if (lineWidth + glyph.Width > width && line.Count > 0)
                {
                    EndLine(lines, ref line, 0, ref lineWidth);
                }
            }

            if (IsBreakableWide(glyph) && line.Count > 0)
            {
                lastBreak = line.Count;
            }

            line.Add(glyph);
            lineWidth += glyph.Width;
            if (glyph.IsSpace || IsBreakableWide(glyph))
            {
                lastBreak = line.Count;
            }
        }

        if (line.Count > 0)
        {
            lines.Add(TrimEnd(line));
        }

        return lines;
    }

    /// <summary>Emits the line up to <paramref name="breakAt"/> (all of it when 0) and keeps the rest as the start of the next.</summary>
    private static void EndLine(List<List<Glyph>> lines, ref List<Glyph> line, int breakAt, ref int lineWidth)
    {
        var split = breakAt > 0 ? breakAt : line.Count;
        lines.Add(TrimEnd(line.GetRange(0, split)));
        line = line.GetRange(split, line.Count - split);
        while (line.Count > 0 && line[0].IsSpace)
        {
            line.RemoveAt(0);
        }

        lineWidth = GlyphRuns.Width(line);
    }

    private static List<Glyph> TrimEnd(List<Glyph> line)
    {
        var end = line.Count;
        while (end > 0 && line[end - 1].IsSpace)
        {
            end--;
        }

        return end == line.Count ? line : line.GetRange(0, end);
    }

    private static bool IsBreakableWide(Glyph glyph) => glyph.Width == 2 && !IsHangul(glyph.Text[0]);

    private static bool IsHangul(char c) =>
        c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';
}
