namespace Review.Terminal.Widgets;

/// <summary>Cursor moves. Each closes the open typing step, so undo stops where the cursor moved.</summary>
public sealed partial class EditorState
{
    public void MoveLeft()
    {
        Move(() =>
        {
            if (Column > 0)
            {
                Column = TokenText.Previous(_lines[Line], Column, Tokens);
            }
            else if (Line > 0)
            {
                Line--;
                Column = _lines[Line].Length;
            }
        });
    }

    public void MoveRight()
    {
        Move(() =>
        {
            if (Column < _lines[Line].Length)
            {
                Column = TokenText.Next(_lines[Line], Column, Tokens);
            }
            else if (Line < _lines.Count - 1)
            {
                Line++;
                Column = 0;
            }
        });
    }

    /// <summary>To the start of the previous word; from a line start, to the end of the line above.</summary>
    public void MoveWordLeft()
    {
        if (Column == 0)
        {
            MoveLeft();
            return;
        }

        Move(() => Column = TokenText.Snap(_lines[Line], LineText.WordLeft(_lines[Line], Column), Tokens, forward: false));
    }

    /// <summary>To the end of the next word; from a line end, to the start of the line below.</summary>
    public void MoveWordRight()
    {
        if (Column == _lines[Line].Length)
        {
            MoveRight();
            return;
        }

        Move(() => Column = TokenText.Snap(_lines[Line], LineText.WordRight(_lines[Line], Column), Tokens, forward: true));
    }

    public void MoveHome() => Move(() => Column = 0);

    public void MoveEnd() => Move(() => Column = _lines[Line].Length);

    public void MoveToStart() => Move(() => (Line, Column) = (0, 0));

    public void MoveToEnd() => Move(() => (Line, Column) = (_lines.Count - 1, _lines[^1].Length));

    /// <summary>One screen row up, at the same display column (remembered across Up/Down).</summary>
    public void MoveUp() => MoveRows(-1);

    public void MoveDown() => MoveRows(1);

    public void PageUp() => MoveRows(-Math.Max(1, ViewHeight - 1));

    public void PageDown() => MoveRows(Math.Max(1, ViewHeight - 1));

    /// <summary>The cursor's screen row (over the whole text) and display column at <paramref name="width"/>.</summary>
    internal (int Row, int X) CursorCell(List<EditorRow> rows)
    {
        var row = EditorLayout.RowOf(rows, Line, Column);
        return (row, LineText.Width(_lines[Line], rows[row].Start, Column));
    }

    private void MoveRows(int delta)
    {
        var rows = EditorLayout.Rows(_lines, ViewWidth, Tokens);
        var (row, x) = CursorCell(rows);
        var target = Math.Clamp(row + delta, 0, rows.Count - 1);
        var column = _preferredColumn ?? x;
        if (target == row)
        {
            // Up on the first row goes home, Down on the last goes to the end, as text fields do.
            Move(() => Column = delta < 0 ? rows[row].Start : rows[row].End);
            return;
        }

        _history.Break();
        var destination = rows[target];
        var line = _lines[destination.Line];

        // A row's end is the next row's start, so off the line's last row stop one grapheme short.
        var limit = destination.IsLastOfLine ? destination.End : LineText.PreviousBoundary(line, destination.End);
        Line = destination.Line;
        Column = TokenText.Snap(line, LineText.OffsetAtColumn(line, destination.Start, Math.Max(destination.Start, limit), column), Tokens, forward: false);
        _preferredColumn = column;
    }

    private void Move(Action move)
    {
        _history.Break();
        _preferredColumn = null;
        move();
    }
}
