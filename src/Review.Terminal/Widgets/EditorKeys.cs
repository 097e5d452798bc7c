using Review.Terminal.Input;

namespace Review.Terminal.Widgets;

/// <summary>
/// The editor's default keys, in one table. Enter, Esc and Tab are left to the caller (save, cancel, focus);
/// Alt+Enter inserts a line break. Undo is Ctrl+Z or Ctrl+_ (Ctrl+/ on most terminals; the Unix
/// driver keeps Ctrl+Z for suspend when that is on); redo is Ctrl+Y.
/// </summary>
public static class EditorKeys
{
    public static IReadOnlyList<WidgetKey<EditorCommand>> Defaults { get; } =
    [
        new(Key.Left, Modifiers.None, null, EditorCommand.Left),
        new(Key.Right, Modifiers.None, null, EditorCommand.Right),
        new(Key.Up, Modifiers.None, null, EditorCommand.Up),
        new(Key.Down, Modifiers.None, null, EditorCommand.Down),
        new(Key.Left, Modifiers.Ctrl, null, EditorCommand.WordLeft),
        new(Key.Left, Modifiers.Alt, null, EditorCommand.WordLeft),
        new(Key.Char, Modifiers.Alt, "b", EditorCommand.WordLeft),
        new(Key.Right, Modifiers.Ctrl, null, EditorCommand.WordRight),
        new(Key.Right, Modifiers.Alt, null, EditorCommand.WordRight),
        new(Key.Char, Modifiers.Alt, "f", EditorCommand.WordRight),
        new(Key.Home, Modifiers.None, null, EditorCommand.LineStart),
        new(Key.Char, Modifiers.Ctrl, "a", EditorCommand.LineStart),
        new(Key.End, Modifiers.None, null, EditorCommand.LineEnd),
        new(Key.Char, Modifiers.Ctrl, "e", EditorCommand.LineEnd),
        new(Key.Home, Modifiers.Ctrl, null, EditorCommand.TextStart),
        new(Key.End, Modifiers.Ctrl, null, EditorCommand.TextEnd),
        new(Key.PageUp, Modifiers.None, null, EditorCommand.PageUp),
        new(Key.PageDown, Modifiers.None, null, EditorCommand.PageDown),
        new(Key.Backspace, Modifiers.None, null, EditorCommand.Backspace),
        new(Key.Backspace, Modifiers.Alt, null, EditorCommand.DeleteWordBefore),
        new(Key.Char, Modifiers.Ctrl, "w", EditorCommand.DeleteWordBefore),
        new(Key.Delete, Modifiers.None, null, EditorCommand.Delete),
        new(Key.Char, Modifiers.Ctrl, "d", EditorCommand.Delete),
        new(Key.Delete, Modifiers.Ctrl, null, EditorCommand.DeleteWordAfter),
        new(Key.Char, Modifiers.Alt, "d", EditorCommand.DeleteWordAfter),
        new(Key.Char, Modifiers.Ctrl, "k", EditorCommand.DeleteToLineEnd),
        new(Key.Char, Modifiers.Ctrl, "u", EditorCommand.DeleteToLineStart),
        new(Key.Enter, Modifiers.Alt, null, EditorCommand.Newline),
        new(Key.Char, Modifiers.Ctrl, "z", EditorCommand.Undo),
        new(Key.Char, Modifiers.Ctrl, "_", EditorCommand.Undo),
        new(Key.Char, Modifiers.Ctrl, "y", EditorCommand.Redo),
    ];

    /// <summary>Applies the key; false when it is not the editor's (the caller handles it).</summary>
    internal static bool Apply(EditorState state, KeyEvent key)
    {
        if (Defaults.FirstOrDefault(k => k.Matches(key)) is { } binding)
        {
            state.Apply(binding.Command);
            return true;
        }

        return state.Type(key);
    }
}
