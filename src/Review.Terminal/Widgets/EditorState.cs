namespace Review.Terminal.Widgets;

/// <summary>
/// The text and cursor of a multi-line <see cref="Editor"/>, kept apart from drawing (ratatui's
/// StatefulWidget split). The cursor is a logical line and a UTF-16 offset on a grapheme
/// boundary; moves and deletes go a grapheme at a time, so a wide Hangul syllable or an emoji
/// with modifiers is never cut. Up/Down move by screen row and display column, using the width
/// the editor was last drawn at.
/// </summary>
public sealed partial class EditorState
{
    private readonly List<string> lines = [""];
    private readonly EditorUndoStack history = new();
    private int? preferredColumn;

    public EditorState(string text = "") => Load(text);

    /// <summary>The whole text, lines joined with \n.</summary>
    public string Text => string.Join('\n', lines);

    public IReadOnlyList<string> Lines => lines;

    /// <summary>The cursor's logical line (0-based).</summary>
    public int Line { get; private set; }

    /// <summary>The cursor's UTF-16 offset in its line, always on a grapheme boundary.</summary>
    public int Column { get; private set; }

    /// <summary>The first screen row shown; <see cref="Editor.Render"/> keeps the cursor in view.</summary>
    public int ScrollRow { get; internal set; }

    /// <summary>The width and height the editor was last drawn at (Up/Down and PageUp/PageDown need them).</summary>
    public int ViewWidth { get; internal set; } = int.MaxValue / 2;

    public int ViewHeight { get; internal set; } = 1;

    public bool CanUndo => history.CanUndo;

    public bool CanRedo => history.CanRedo;

    /// <summary>True once the text differs from what it was created or last reset with.</summary>
    public bool IsModified => Text != Original;

    private string Original { get; set; } = "";

    /// <summary>Replaces the text, forgets the undo history, and puts the cursor at the end.</summary>
    public void Reset(string text)
    {
        Load(text);
        history.Clear();
    }

    /// <summary>Inserts text at the cursor. \r\n and \r become \n, so pasted Windows text splits into lines.</summary>
    public void Insert(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var isTyping = text.Length <= 2 && !text.Contains(' ') && !text.Contains('\n');
        Edit(isTyping, () =>
        {
            var pieces = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            var line = lines[Line];
            var before = line[..Column];
            var after = line[Column..];
            lines[Line] = before + pieces[0];
            for (var i = 1; i < pieces.Length; i++)
            {
                lines.Insert(Line + i, pieces[i]);
            }

            Line += pieces.Length - 1;
            Column = lines[Line].Length;
            lines[Line] += after;
        });
    }

    public void InsertNewline() => Insert("\n");

    /// <summary>Deletes the grapheme before the cursor, or joins the line to the one above.</summary>
    public void Backspace()
    {
        if (Column == 0 && Line == 0)
        {
            return;
        }

        Edit(false, () =>
        {
            if (Column == 0)
            {
                JoinWithPrevious();
                return;
            }

            var start = LineText.PreviousBoundary(lines[Line], Column);
            lines[Line] = lines[Line].Remove(start, Column - start);
            Column = start;
        });
    }

    /// <summary>Deletes the grapheme after the cursor, or joins the next line to this one.</summary>
    public void Delete()
    {
        if (Column == lines[Line].Length && Line == lines.Count - 1)
        {
            return;
        }

        Edit(false, () =>
        {
            if (Column == lines[Line].Length)
            {
                Line++;
                Column = 0;
                JoinWithPrevious();
                return;
            }

            var end = LineText.NextBoundary(lines[Line], Column);
            lines[Line] = lines[Line].Remove(Column, end - Column);
        });
    }

    /// <summary>Deletes back to the start of the previous word (Ctrl+W, Alt+Backspace).</summary>
    public void DeleteWordBefore() => DeleteTo(LineText.WordLeft(lines[Line], Column));

    /// <summary>Deletes to the end of the next word (Alt+D, Ctrl+Delete).</summary>
    public void DeleteWordAfter() => DeleteTo(LineText.WordRight(lines[Line], Column));

    /// <summary>Deletes to the end of the line (Ctrl+K).</summary>
    public void DeleteToLineEnd() => DeleteTo(lines[Line].Length);

    /// <summary>Deletes to the start of the line (Ctrl+U).</summary>
    public void DeleteToLineStart() => DeleteTo(0);

    public bool Undo() => Restore(history.Undo(Snapshot()));

    public bool Redo() => Restore(history.Redo(Snapshot()));

    private void DeleteTo(int target)
    {
        if (target == Column)
        {
            return;
        }

        Edit(false, () =>
        {
            var (start, end) = target < Column ? (target, Column) : (Column, target);
            lines[Line] = lines[Line].Remove(start, end - start);
            Column = start;
        });
    }

    private void JoinWithPrevious()
    {
        Column = lines[Line - 1].Length;
        lines[Line - 1] += lines[Line];
        lines.RemoveAt(Line);
        Line--;
    }

    private void Edit(bool isTyping, Action change)
    {
        history.Record(Snapshot(), isTyping);
        preferredColumn = null;
        change();
    }

    private EditorSnapshot Snapshot() => new(Text, Line, Column);

    private bool Restore(EditorSnapshot? snapshot)
    {
        if (snapshot is null)
        {
            return false;
        }

        lines.Clear();
        lines.AddRange(snapshot.Text.Split('\n'));
        Line = snapshot.Line;
        Column = snapshot.Column;
        preferredColumn = null;
        return true;
    }

    private void Load(string text)
    {
        Original = text.Replace("\r\n", "\n").Replace('\r', '\n');
        lines.Clear();
        lines.AddRange(Original.Split('\n'));
        Line = lines.Count - 1;
        Column = lines[Line].Length;
        ScrollRow = 0;
        preferredColumn = null;
    }
}
