using Review.Terminal.Input;

namespace Review.Terminal.Widgets;

/// <summary>The editor's commands, for whatever keymap binds them.</summary>
public sealed partial class EditorState
{
    public void Apply(EditorCommand command)
    {
        switch (command)
        {
            case EditorCommand.Left: MoveLeft(); break;
            case EditorCommand.Right: MoveRight(); break;
            case EditorCommand.Up: MoveUp(); break;
            case EditorCommand.Down: MoveDown(); break;
            case EditorCommand.WordLeft: MoveWordLeft(); break;
            case EditorCommand.WordRight: MoveWordRight(); break;
            case EditorCommand.LineStart: MoveHome(); break;
            case EditorCommand.LineEnd: MoveEnd(); break;
            case EditorCommand.TextStart: MoveToStart(); break;
            case EditorCommand.TextEnd: MoveToEnd(); break;
            case EditorCommand.PageUp: PageUp(); break;
            case EditorCommand.PageDown: PageDown(); break;
            case EditorCommand.Backspace: Backspace(); break;
            case EditorCommand.DeleteWordBefore: DeleteWordBefore(); break;
            case EditorCommand.Delete: Delete(); break;
            case EditorCommand.DeleteWordAfter: DeleteWordAfter(); break;
            case EditorCommand.DeleteToLineEnd: DeleteToLineEnd(); break;
            case EditorCommand.DeleteToLineStart: DeleteToLineStart(); break;
            case EditorCommand.Newline: InsertNewline(); break;
            case EditorCommand.Undo: Undo(); break;
            case EditorCommand.Redo: Redo(); break;
            default: throw new ArgumentOutOfRangeException(nameof(command), command, "unknown editor command");
        }
    }

    /// <summary>Inserts a printable key's text; false for keys with Ctrl or Alt, or without text.</summary>
    public bool Type(KeyEvent key)
    {
        if (key is { Key: Key.Char, Text: { Length: > 0 } typed } && (key.Modifiers & (Modifiers.Ctrl | Modifiers.Alt)) == 0)
        {
            Insert(typed);
            return true;
        }

        return false;
    }

    /// <summary>Inserts pasted text literally, undone as one step.</summary>
    public void Paste(string text)
    {
        _history.Break();
        Insert(text);
        _history.Break();
    }
}
