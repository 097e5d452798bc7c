using Review.Terminal.Input;

namespace Review.Terminal.Widgets;

/// <summary>
/// The editor's own keys, in one table. Enter, Esc and Tab are left to the caller (save, cancel, focus);
/// Alt+Enter inserts a line break. Undo is Ctrl+Z or Ctrl+_ (Ctrl+/ on most terminals; the Unix
/// driver keeps Ctrl+Z for suspend when that is on); redo is Ctrl+Y.
/// </summary>
internal static class EditorKeys
{
    private static readonly Dictionary<(Key, Modifiers, string?), Action<EditorState>> Bindings = new()
    {
        [(Key.Left, Modifiers.None, null)] = s => s.MoveLeft(),
        [(Key.Right, Modifiers.None, null)] = s => s.MoveRight(),
        [(Key.Up, Modifiers.None, null)] = s => s.MoveUp(),
        [(Key.Down, Modifiers.None, null)] = s => s.MoveDown(),
        [(Key.Left, Modifiers.Ctrl, null)] = s => s.MoveWordLeft(),
        [(Key.Right, Modifiers.Ctrl, null)] = s => s.MoveWordRight(),
        [(Key.Left, Modifiers.Alt, null)] = s => s.MoveWordLeft(),
        [(Key.Right, Modifiers.Alt, null)] = s => s.MoveWordRight(),
        [(Key.Char, Modifiers.Alt, "b")] = s => s.MoveWordLeft(),
        [(Key.Char, Modifiers.Alt, "f")] = s => s.MoveWordRight(),
        [(Key.Home, Modifiers.None, null)] = s => s.MoveHome(),
        [(Key.End, Modifiers.None, null)] = s => s.MoveEnd(),
        [(Key.Char, Modifiers.Ctrl, "a")] = s => s.MoveHome(),
        [(Key.Char, Modifiers.Ctrl, "e")] = s => s.MoveEnd(),
        [(Key.Home, Modifiers.Ctrl, null)] = s => s.MoveToStart(),
        [(Key.End, Modifiers.Ctrl, null)] = s => s.MoveToEnd(),
        [(Key.PageUp, Modifiers.None, null)] = s => s.PageUp(),
        [(Key.PageDown, Modifiers.None, null)] = s => s.PageDown(),
        [(Key.Backspace, Modifiers.None, null)] = s => s.Backspace(),
        [(Key.Backspace, Modifiers.Alt, null)] = s => s.DeleteWordBefore(),
        [(Key.Char, Modifiers.Ctrl, "w")] = s => s.DeleteWordBefore(),
        [(Key.Delete, Modifiers.None, null)] = s => s.Delete(),
        [(Key.Char, Modifiers.Ctrl, "d")] = s => s.Delete(),
        [(Key.Delete, Modifiers.Ctrl, null)] = s => s.DeleteWordAfter(),
        [(Key.Char, Modifiers.Alt, "d")] = s => s.DeleteWordAfter(),
        [(Key.Char, Modifiers.Ctrl, "k")] = s => s.DeleteToLineEnd(),
        [(Key.Char, Modifiers.Ctrl, "u")] = s => s.DeleteToLineStart(),
        [(Key.Enter, Modifiers.Alt, null)] = s => s.InsertNewline(),
        [(Key.Char, Modifiers.Ctrl, "z")] = s => s.Undo(),
        [(Key.Char, Modifiers.Ctrl, "_")] = s => s.Undo(),
        [(Key.Char, Modifiers.Ctrl, "y")] = s => s.Redo(),
    };

    /// <summary>Applies the key; false when it is not the editor's (the caller handles it).</summary>
    public static bool Apply(EditorState state, KeyEvent key)
    {
        var text = key.Key == Key.Char ? key.Text : null;
        if (Bindings.TryGetValue((key.Key, key.Modifiers, text), out var action))
        {
            action(state);
            return true;
        }

        if (key is { Key: Key.Char, Text: { Length: > 0 } typed } && (key.Modifiers & (Modifiers.Ctrl | Modifiers.Alt)) == 0)
        {
            state.Insert(typed);
            return true;
        }

        return false;
    }
}
