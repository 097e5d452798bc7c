using Review.Terminal.Input;

namespace Review.Terminal.Widgets;

/// <summary>
/// One line of input with a history (like a shell's): Up and Down walk earlier answers, keeping
/// the line being typed as the newest entry. The cursor is a UTF-16 offset on a grapheme boundary.
/// </summary>
public sealed class PromptState
{
    private readonly List<string> history = [];
    private int historyIndex;
    private string draft = "";

    public PromptState(IEnumerable<string>? history = null)
    {
        this.history.AddRange(history ?? []);
        historyIndex = this.history.Count;
    }

    public string Text { get; private set; } = "";

    public int Cursor { get; private set; }

    /// <summary>The first display column shown; <see cref="Prompt.Render"/> keeps the cursor in view.</summary>
    public int ScrollColumn { get; internal set; }

    /// <summary>Earlier answers, oldest first.</summary>
    public IReadOnlyList<string> History => history;

    /// <summary>Sets the text (cursor at its end) and starts a fresh walk through the history.</summary>
    public void SetText(string text)
    {
        Text = OneLine(text);
        Cursor = Text.Length;
        historyIndex = history.Count;
        ScrollColumn = 0;
    }

    public PromptOutcome Handle(TerminalEvent terminalEvent) => terminalEvent switch
    {
        PasteEvent paste => Changed(() => Insert(OneLine(paste.Text))),
        KeyEvent key => HandleKey(key),
        _ => PromptOutcome.Ignored,
    };

    public void Insert(string text)
    {
        Text = Text.Insert(Cursor, text);
        Cursor += text.Length;
    }

    private PromptOutcome HandleKey(KeyEvent key)
    {
        switch (key)
        {
            case { Key: Key.Enter, Modifiers: Modifiers.None }:
                Submit();
                return PromptOutcome.Submitted;
            case { Key: Key.Escape }:
                return PromptOutcome.Cancelled;
            case { Key: Key.Up }:
                return Changed(() => Recall(-1));
            case { Key: Key.Down }:
                return Changed(() => Recall(1));
        }

        if (LineEdit(key) is { } edit)
        {
            return Changed(edit);
        }

        if (key is { Key: Key.Char, Text: { Length: > 0 } typed } && (key.Modifiers & (Modifiers.Ctrl | Modifiers.Alt)) == 0)
        {
            return Changed(() => Insert(typed));
        }

        return PromptOutcome.Ignored;
    }

    private Action? LineEdit(KeyEvent key) => (key.Key, key.Modifiers, key.Key == Key.Char ? key.Text : null) switch
    {
        (Key.Left, Modifiers.None, _) => () => Cursor = LineText.PreviousBoundary(Text, Cursor),
        (Key.Right, Modifiers.None, _) => () => Cursor = LineText.NextBoundary(Text, Cursor),
        (Key.Left, Modifiers.Ctrl or Modifiers.Alt, _) => () => Cursor = LineText.WordLeft(Text, Cursor),
        (Key.Right, Modifiers.Ctrl or Modifiers.Alt, _) => () => Cursor = LineText.WordRight(Text, Cursor),
        (Key.Home, _, _) or (Key.Char, Modifiers.Ctrl, "a") => () => Cursor = 0,
        (Key.End, _, _) or (Key.Char, Modifiers.Ctrl, "e") => () => Cursor = Text.Length,
        (Key.Backspace, Modifiers.None, _) => () => DeleteTo(LineText.PreviousBoundary(Text, Cursor)),
        (Key.Backspace, Modifiers.Alt, _) or (Key.Char, Modifiers.Ctrl, "w") => () => DeleteTo(LineText.WordLeft(Text, Cursor)),
        (Key.Delete, Modifiers.None, _) or (Key.Char, Modifiers.Ctrl, "d") => () => DeleteTo(LineText.NextBoundary(Text, Cursor)),
        (Key.Char, Modifiers.Ctrl, "k") => () => DeleteTo(Text.Length),
        (Key.Char, Modifiers.Ctrl, "u") => () => DeleteTo(0),
        _ => null,
    };

    private void DeleteTo(int target)
    {
        var (start, end) = target < Cursor ? (target, Cursor) : (Cursor, target);
        Text = Text.Remove(start, end - start);
        Cursor = start;
    }

    private void Recall(int step)
    {
        var target = Math.Clamp(historyIndex + step, 0, history.Count);
        if (target == historyIndex)
        {
            return;
        }

        if (historyIndex == history.Count)
        {
            draft = Text;
        }

        historyIndex = target;
        Text = historyIndex == history.Count ? draft : history[historyIndex];
        Cursor = Text.Length;
    }

    private void Submit()
    {
        if (Text.Length > 0 && (history.Count == 0 || history[^1] != Text))
        {
            history.Add(Text);
        }

        historyIndex = history.Count;
        draft = "";
    }

    private static PromptOutcome Changed(Action change)
    {
        change();
        return PromptOutcome.Handled;
    }

    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}
