using Review.Terminal.Buffers;
using Review.Terminal.Input;
using Review.Terminal.Text;

namespace Review.Cli.Screen;

/// <summary>
/// Editable text held as graphemes, so the cursor never lands inside one (a Hangul syllable, an
/// emoji with modifiers). Draws itself wrapped at cell width and keeps the cursor row in view.
/// </summary>
internal sealed class TextField(string seed, bool multiLine)
{
    private readonly List<string> graphemes = Graphemes.Split(seed.ReplaceLineEndings("\n")).ToList();
    private int cursor = Graphemes.Split(seed.ReplaceLineEndings("\n")).Count;
    private int top;

    public string Text => string.Concat(graphemes);

    /// <summary>Applies an editing key or a paste; false when the event is not an edit.</summary>
    public bool Edit(TerminalEvent input)
    {
        switch (input)
        {
            case PasteEvent paste:
                Insert(multiLine ? paste.Text.ReplaceLineEndings("\n") : paste.Text.ReplaceLineEndings(" "));
                return true;
            case KeyEvent { Key: Key.Char, Text: { } text, Modifiers: Modifiers.None or Modifiers.Shift }:
                Insert(text);
                return true;
            case KeyEvent { Key: Key.Enter } when multiLine:
                Insert("\n");
                return true;
            case KeyEvent key:
                return Move(key);
            default:
                return false;
        }
    }

    public void Draw(ScreenBuffer buffer, Rect area, Style style)
    {
        if (area.IsEmpty)
        {
            return;
        }
        if (!multiLine)
        {
            DrawLine(buffer, area, style);
            return;
        }
        var rows = Rows(area.Width);
        var cursorRow = rows.FindLastIndex(r => r.Start <= cursor);
        top = Math.Clamp(top, Math.Max(0, cursorRow - area.Height + 1), cursorRow);
        for (var i = 0; i < area.Height && top + i < rows.Count; i++)
        {
            var row = rows[top + i];
            var text = string.Concat(graphemes.Skip(row.Start).Take(row.End - row.Start).Where(g => g != "\n"));
            buffer.SetString(area.X, area.Y + i, text, style, area);
        }
        var column = Width(rows[cursorRow].Start, cursor);
        buffer.Cursor = new Position(area.X + Math.Min(column, area.Width - 1), area.Y + cursorRow - top);
    }

    /// <summary>One row that scrolls sideways to keep the cursor in view.</summary>
    private void DrawLine(ScreenBuffer buffer, Rect area, Style style)
    {
        var first = 0;
        while (first < cursor && Width(first, cursor) > area.Width - 1)
        {
            first++;
        }
        buffer.SetString(area.X, area.Y, string.Concat(graphemes.Skip(first)), style, area);
        buffer.Cursor = new Position(area.X + Width(first, cursor), area.Y);
    }

    private void Insert(string text)
    {
        var added = Graphemes.Split(text);
        graphemes.InsertRange(cursor, added);
        cursor += added.Count;
    }

    private bool Move(KeyEvent key)
    {
        switch (key.Key)
        {
            case Key.Backspace when cursor > 0:
                graphemes.RemoveAt(--cursor);
                return true;
            case Key.Delete when cursor < graphemes.Count:
                graphemes.RemoveAt(cursor);
                return true;
            case Key.Left:
                cursor = Math.Max(0, cursor - 1);
                return true;
            case Key.Right:
                cursor = Math.Min(graphemes.Count, cursor + 1);
                return true;
            case Key.Home:
                cursor = LineStart();
                return true;
            case Key.End:
                cursor = LineEnd();
                return true;
            default:
                return key.Key is Key.Backspace or Key.Delete;
        }
    }

    private int LineStart()
    {
        var i = cursor;
        while (i > 0 && graphemes[i - 1] != "\n")
        {
            i--;
        }
        return i;
    }

    private int LineEnd()
    {
        var i = cursor;
        while (i < graphemes.Count && graphemes[i] != "\n")
        {
            i++;
        }
        return i;
    }

    /// <summary>Rows as grapheme ranges: a newline ends a row, and so does the edge (one cell is kept for the cursor).</summary>
    private List<(int Start, int End)> Rows(int width)
    {
        var rows = new List<(int Start, int End)>();
        var start = 0;
        var used = 0;
        for (var i = 0; i < graphemes.Count; i++)
        {
            var w = CellWidth(graphemes[i]);
            if (graphemes[i] == "\n")
            {
                rows.Add((start, i + 1));
                start = i + 1;
                used = 0;
                continue;
            }
            if (used + w > width - 1 && used > 0)
            {
                rows.Add((start, i));
                start = i;
                used = 0;
            }
            used += w;
        }
        rows.Add((start, graphemes.Count));
        return rows;
    }

    private int Width(int from, int to)
    {
        var cells = 0;
        for (var i = from; i < to; i++)
        {
            cells += graphemes[i] == "\n" ? 0 : CellWidth(graphemes[i]);
        }
        return cells;
    }

    private static int CellWidth(string grapheme) =>
        Math.Max(1, DisplayWidth.OfText(Sanitizer.ToDisplayString(grapheme)));
}
