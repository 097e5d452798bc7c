namespace Review.Terminal.Widgets;

/// <summary>
/// Greedy line breaking over glyphs: break after spaces, and around CJK ideographs and other wide
/// characters (which need no spaces), but keep Hangul words whole as Korean is written with spaces.
/// A word longer than the line is cut between graphemes, never inside one. Lines are ranges of the
/// glyph list, so wrapping copies nothing.
/// </summary>
internal static class LineWrapper
{
    /// <summary>Wraps glyphs [start, end) — one paragraph — at <paramref name="width"/> cells, adding at least one line.</summary>
    internal static void Wrap(List<Glyph> glyphs, int start, int end, int width, List<Range> lines)
    {
        var linesBefore = lines.Count;
        var lineStart = start;
        var lineWidth = 0;
        var lastBreak = -1;
        for (var i = start; i < end; i++)
        {
            var glyph = glyphs[i];
            if (lineWidth + glyph.Width > width && i > lineStart)
            {
                var breakAt = glyph.IsSpace || lastBreak <= lineStart ? i : lastBreak;
                Emit(glyphs, lineStart, breakAt, lines);
                lineStart = SkipSpaces(glyphs, breakAt, end);
                lastBreak = -1;
                if (lineStart > i)
                {
                    i = lineStart - 1;
                    lineWidth = 0;
                    continue;
                }

                lineWidth = Width(glyphs, lineStart, i);
                if (lineWidth + glyph.Width > width && i > lineStart)
                {
                    Emit(glyphs, lineStart, i, lines);
                    lineStart = i;
                    lineWidth = 0;
                }
            }

            var breakable = IsBreakableWide(glyph);
            if (breakable && i > lineStart)
            {
                lastBreak = i;
            }

            lineWidth += glyph.Width;
            if (glyph.IsSpace || breakable)
            {
                lastBreak = i + 1;
            }
        }

        if (lineStart < end || lines.Count == linesBefore)
        {
            Emit(glyphs, lineStart, end, lines);
        }
    }

    /// <summary>Adds the line [from, to) without its trailing spaces.</summary>
    private static void Emit(List<Glyph> glyphs, int from, int to, List<Range> lines)
    {
        while (to > from && glyphs[to - 1].IsSpace)
        {
            to--;
        }

        lines.Add(new Range(from, to));
    }

    private static int SkipSpaces(List<Glyph> glyphs, int index, int end)
    {
        while (index < end && glyphs[index].IsSpace)
        {
            index++;
        }

        return index;
    }

    private static int Width(List<Glyph> glyphs, int from, int to)
    {
        var width = 0;
        for (var i = from; i < to; i++)
        {
            width += glyphs[i].Width;
        }

        return width;
    }

    private static bool IsBreakableWide(Glyph glyph) => glyph.Width == 2 && !IsHangul(glyph.Text[0]);

    private static bool IsHangul(char c) =>
        c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';
}
