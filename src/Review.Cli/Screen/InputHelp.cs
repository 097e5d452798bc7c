using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>The help text of the editor's and the prompt's commands (the toolkit's tables hold only the keys).</summary>
internal static class InputHelp
{
    public static string Of(EditorCommand command) => command switch
    {
        EditorCommand.Left => "cursor left a character",
        EditorCommand.Right => "cursor right a character",
        EditorCommand.Up => "cursor up a row",
        EditorCommand.Down => "cursor down a row",
        EditorCommand.WordLeft => "cursor to the previous word",
        EditorCommand.WordRight => "cursor to the next word",
        EditorCommand.LineStart => "cursor to the start of the line",
        EditorCommand.LineEnd => "cursor to the end of the line",
        EditorCommand.TextStart => "cursor to the start of the text",
        EditorCommand.TextEnd => "cursor to the end of the text",
        EditorCommand.PageUp => "cursor up a page",
        EditorCommand.PageDown => "cursor down a page",
        EditorCommand.Backspace => "delete the character before the cursor",
        EditorCommand.DeleteWordBefore => "delete the word before the cursor",
        EditorCommand.Delete => "delete the character under the cursor",
        EditorCommand.DeleteWordAfter => "delete the word after the cursor",
        EditorCommand.DeleteToLineEnd => "delete to the end of the line",
        EditorCommand.DeleteToLineStart => "delete to the start of the line",
        EditorCommand.Newline => "break the line",
        EditorCommand.Undo => "undo the last change",
        EditorCommand.Redo => "redo",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "no help for this editor command"),
    };

    public static string Of(PromptCommand command) => command switch
    {
        PromptCommand.Submit => "confirm the answer",
        PromptCommand.Cancel => "cancel the prompt",
        PromptCommand.HistoryBack => "earlier answer (prompts start empty; the last one is one ↑ away)",
        PromptCommand.HistoryForward => "later answer",
        PromptCommand.Left => "cursor left a character",
        PromptCommand.Right => "cursor right a character",
        PromptCommand.WordLeft => "cursor to the previous word",
        PromptCommand.WordRight => "cursor to the next word",
        PromptCommand.LineStart => "cursor to the start",
        PromptCommand.LineEnd => "cursor to the end",
        PromptCommand.Backspace => "delete the character before the cursor",
        PromptCommand.DeleteWordBefore => "delete the word before the cursor",
        PromptCommand.Delete => "delete the character under the cursor",
        PromptCommand.DeleteToEnd => "delete to the end",
        PromptCommand.DeleteToStart => "delete to the start",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "no help for this prompt command"),
    };
}
