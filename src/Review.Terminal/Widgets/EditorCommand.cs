namespace Review.Terminal.Widgets;

/// <summary>What a key can ask of the <see cref="Editor"/>; <see cref="EditorState.Apply"/> runs it.</summary>
public enum EditorCommand
{
    Left,
    Right,
    Up,
    Down,
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
    TextStart,
    TextEnd,
    PageUp,
    PageDown,
    Backspace,
    DeleteWordBefore,
    Delete,
    DeleteWordAfter,
    DeleteToLineEnd,
    DeleteToLineStart,
    Newline,
    Undo,
    Redo,
}
