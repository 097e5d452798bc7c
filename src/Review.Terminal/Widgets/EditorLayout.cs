namespace Review.Terminal.Widgets;

/// <summary>
/// Soft-wraps logical lines into screen rows of a given width, at the last space that fits
/// (or anywhere when a word is longer than the row), never inside a grapheme or an editor token
/// (unless the token alone is wider than the row). A line that exactly
/// fills its last row gets an empty row after it, so the cursor at its end has a cell to sit in.
/// </summary>
internal static class EditorLayout
{
    public static List<EditorRow> Rows(IReadOnlyList<string> lines, int width, EditorTokens? tokens)
    {
        var rows = new List<EditorRow>();
        for (var line = 0; line < lines.Count; line++)
        {
            AddRows(rows, line, lines[line], Math.Max(2, width), tokens);
        }

        return rows;
    }

    /// <summary>The row holding the cursor: a boundary shared by two rows belongs to the later one.</summary>
    public static int RowOf(List<EditorRow> rows, int line, int column)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Line == line && column >= row.Start && (column < row.End || row.IsLastOfLine))
            {
                return i;
            }
        }

        return Math.Max(0, rows.Count - 1);
    }

    private static void AddRows(List<EditorRow> rows, int lineIndex, string line, int width, EditorTokens? tokens)
    {
        var start = 0;
        while (true)
        {
            var (end, filled) = RowEnd(line, start, width, tokens);
            if (end >= line.Length)
            {
                rows.Add(new EditorRow(lineIndex, start, line.Length, !filled));
                if (filled)
                {
                    rows.Add(new EditorRow(lineIndex, line.Length, line.Length, true));
                }

                return;
            }

            rows.Add(new EditorRow(lineIndex, start, end, false));
            start = end;
        }
    }

    /// <summary>Where the row that starts at <paramref name="start"/> ends, and whether it is full to the last cell.</summary>
    private static (int End, bool Filled) RowEnd(string line, int start, int width, EditorTokens? tokens)
    {
        var x = 0;
        var at = start;
        var afterSpace = -1;
        while (at < line.Length)
        {
            var next = TokenText.Next(line, at, tokens);
            var cells = LineText.Width(line, at, next);
            if (cells > width)
            {
                next = LineText.NextBoundary(line, at);
                cells = LineText.CellWidth(line.AsSpan(at, next - at));
            }
            if (x + cells > width)
            {
                // A space at the wrap point hangs off the row's end instead of starting the next
                // row; and a row always takes one grapheme, so one narrower than a glyph advances.
                if (line[at] == ' ' || at == start)
                {
                    return (next, true);
                }

                return (afterSpace > start ? afterSpace : at, true);
            }

            x += cells;
            at = next;
            if (line[at - 1] == ' ')
            {
                afterSpace = at;
            }
        }

        return (at, x == width);
    }
}
