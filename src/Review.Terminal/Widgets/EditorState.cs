namespace Review.Terminal.Widgets;

/// <summary>
/// The text and cursor of a multi-line <see cref="Editor"/>, kept apart from drawing (ratatui's
/// StatefulWidget split). The cursor is a logical line and a UTF-16 offset on a grapheme
/// boundary; moves and deletes go a grapheme at a time, so a wide Hangul syllable or an emoji
/// with modifiers is never cut. Up/Down move by screen row and display column, using the width
/// the editor was last drawn at. With <see cref="Tokens"/>, a token is one more thing never cut:
/// moves step over it, deletes take it whole (with its partner), and typing never lands in it.
/// </summary>
public sealed partial class EditorState
{
    private readonly List<string> _lines = [""];
    private readonly EditorUndoStack _history = new();
    private int? _preferredColumn;

    public EditorState(string text = "", EditorTokens? tokens = null)
    {
        Tokens = tokens;
        Load(text);
    }

    /// <summary>The runs kept whole, if the text has any.</summary>
    public EditorTokens? Tokens { get; }

    /// <summary>The whole text, lines joined with \n.</summary>
    public string Text => string.Join('\n', _lines);

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The cursor's logical line (0-based).</summary>
    public int Line { get; private set; }

    /// <summary>The cursor's UTF-16 offset in its line, always on a grapheme boundary.</summary>
    public int Column { get; private set; }

    /// <summary>The first screen row shown; <see cref="Editor.Render"/> keeps the cursor in view.</summary>
    public int ScrollRow { get; internal set; }

    /// <summary>The width and height the editor was last drawn at (Up/Down and PageUp/PageDown need them).</summary>
    public int ViewWidth { get; internal set; } = int.MaxValue / 2;

    public int ViewHeight { get; internal set; } = 1;

    public bool CanUndo => _history.CanUndo;

    public bool CanRedo => _history.CanRedo;

    /// <summary>True once the text differs from what it was created or last reset with.</summary>
    public bool IsModified => Text != Original;

    private string Original { get; set; } = "";

    /// <summary>Replaces the text, forgets the undo history, and puts the cursor at the end.</summary>
    public void Reset(string text)
    {
        Load(text);
        _history.Clear();
    }

    /// <summary>Inserts text at the cursor. \r\n and \r become \n, so pasted Windows text splits into lines.</summary>
    public void Insert(string text)
    {
        if (Tokens is not null)
        {
            text = text.Replace(Tokens.Open.ToString(), "", StringComparison.Ordinal).Replace(Tokens.Close.ToString(), "", StringComparison.Ordinal);
        }

        if (text.Length == 0)
        {
            return;
        }

        var isTyping = text.Length <= 2 && !text.Contains(' ') && !text.Contains('\n');
        Edit(isTyping, () =>
        {
            var pieces = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            var line = _lines[Line];
            var before = line[..Column];
            var after = line[Column..];
            _lines[Line] = before + pieces[0];
            for (var i = 1; i < pieces.Length; i++)
            {
                _lines.Insert(Line + i, pieces[i]);
            }

            Line += pieces.Length - 1;
            Column = _lines[Line].Length;
            _lines[Line] += after;
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

            RemoveOnLine(TokenText.Previous(_lines[Line], Column, Tokens), Column);
        });
    }

    /// <summary>Deletes the grapheme after the cursor, or joins the next line to this one.</summary>
    public void Delete()
    {
        if (Column == _lines[Line].Length && Line == _lines.Count - 1)
        {
            return;
        }

        Edit(false, () =>
        {
            if (Column == _lines[Line].Length)
            {
                Line++;
                Column = 0;
                JoinWithPrevious();
                return;
            }

            RemoveOnLine(Column, TokenText.Next(_lines[Line], Column, Tokens));
        });
    }

    /// <summary>Deletes back to the start of the previous word (Ctrl+W, Alt+Backspace).</summary>
    public void DeleteWordBefore() => DeleteTo(LineText.WordLeft(_lines[Line], Column));

    /// <summary>Deletes to the end of the next word (Alt+D, Ctrl+Delete).</summary>
    public void DeleteWordAfter() => DeleteTo(LineText.WordRight(_lines[Line], Column));

    /// <summary>Deletes to the end of the line (Ctrl+K).</summary>
    public void DeleteToLineEnd() => DeleteTo(_lines[Line].Length);

    /// <summary>Deletes to the start of the line (Ctrl+U).</summary>
    public void DeleteToLineStart() => DeleteTo(0);

    public bool Undo() => Restore(_history.Undo(Snapshot()));

    public bool Redo() => Restore(_history.Redo(Snapshot()));

    private void DeleteTo(int target)
    {
        if (target == Column)
        {
            return;
        }

        Edit(false, () =>
        {
            var (start, end) = target < Column ? (target, Column) : (Column, target);
            RemoveOnLine(TokenText.Snap(_lines[Line], start, Tokens, forward: false), TokenText.Snap(_lines[Line], end, Tokens, forward: true));
        });
    }

    private void JoinWithPrevious()
    {
        Column = _lines[Line - 1].Length;
        _lines[Line - 1] += _lines[Line];
        _lines.RemoveAt(Line);
        Line--;
    }

    private void Edit(bool isTyping, Action change)
    {
        _history.Record(Snapshot(), isTyping);
        _preferredColumn = null;
        change();
    }

    private EditorSnapshot Snapshot() => new(Text, Line, Column);

    private bool Restore(EditorSnapshot? snapshot)
    {
        if (snapshot is null)
        {
            return false;
        }

        _lines.Clear();
        _lines.AddRange(snapshot.Text.Split('\n'));
        Line = snapshot.Line;
        Column = TokenText.Snap(_lines[Line], snapshot.Column, Tokens, forward: false);
        _preferredColumn = null;
        return true;
    }

    private void Load(string text)
    {
        Original = text.Replace("\r\n", "\n").Replace('\r', '\n');
        _lines.Clear();
        _lines.AddRange(Original.Split('\n'));
        Line = _lines.Count - 1;
        Column = _lines[Line].Length;
        ScrollRow = 0;
        _preferredColumn = null;
    }
}
