namespace Review.Terminal.Widgets;

/// <summary>What a key can ask of a one-line <see cref="Prompt"/>; <see cref="PromptState.Apply"/> runs it.</summary>
public enum PromptCommand
{
    Submit,
    Cancel,
    Left,
    Right,
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
    Backspace,
    DeleteWordBefore,
    Delete,
    DeleteToEnd,
    DeleteToStart,
    HistoryBack,
    HistoryForward,
}
