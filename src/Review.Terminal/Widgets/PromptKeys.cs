using Review.Terminal.Input;

namespace Review.Terminal.Widgets;

/// <summary>The prompt's default keys, in one table: readline's line editing, ↑/↓ for the history.</summary>
public static class PromptKeys
{
    public static IReadOnlyList<WidgetKey<PromptCommand>> Defaults { get; } =
    [
        new(Key.Enter, Modifiers.None, null, PromptCommand.Submit),
        new(Key.Escape, Modifiers.None, null, PromptCommand.Cancel),
        new(Key.Up, Modifiers.None, null, PromptCommand.HistoryBack),
        new(Key.Down, Modifiers.None, null, PromptCommand.HistoryForward),
        new(Key.Left, Modifiers.None, null, PromptCommand.Left),
        new(Key.Right, Modifiers.None, null, PromptCommand.Right),
        new(Key.Left, Modifiers.Ctrl, null, PromptCommand.WordLeft),
        new(Key.Left, Modifiers.Alt, null, PromptCommand.WordLeft),
        new(Key.Right, Modifiers.Ctrl, null, PromptCommand.WordRight),
        new(Key.Right, Modifiers.Alt, null, PromptCommand.WordRight),
        new(Key.Home, Modifiers.None, null, PromptCommand.LineStart),
        new(Key.Char, Modifiers.Ctrl, "a", PromptCommand.LineStart),
        new(Key.End, Modifiers.None, null, PromptCommand.LineEnd),
        new(Key.Char, Modifiers.Ctrl, "e", PromptCommand.LineEnd),
        new(Key.Backspace, Modifiers.None, null, PromptCommand.Backspace),
        new(Key.Backspace, Modifiers.Alt, null, PromptCommand.DeleteWordBefore),
        new(Key.Char, Modifiers.Ctrl, "w", PromptCommand.DeleteWordBefore),
        new(Key.Delete, Modifiers.None, null, PromptCommand.Delete),
        new(Key.Char, Modifiers.Ctrl, "d", PromptCommand.Delete),
        new(Key.Char, Modifiers.Ctrl, "k", PromptCommand.DeleteToEnd),
        new(Key.Char, Modifiers.Ctrl, "u", PromptCommand.DeleteToStart),
    ];
}
