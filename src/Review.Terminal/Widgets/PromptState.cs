using Review.Terminal.Input;

namespace Review.Terminal.Widgets;

/// <summary>
/// One line of input with a history (like a shell's): Up and Down walk earlier answers, keeping
/// the line being typed as the newest entry. The cursor is a UTF-16 offset on a grapheme boundary.
/// </summary>
public sealed class PromptState
{
    private readonly List<string> _history = [];
    private int _historyIndex;
    private string _draft = "";

    public PromptState(IEnumerable<string>? history = null)
    {
        _history.AddRange(history ?? []);
        _historyIndex = _history.Count;
    }

    public string Text { get; private set; } = "";

    public int Cursor { get; private set; }

    /// <summary>The first display column shown; <see cref="Prompt.Render"/> keeps the cursor in view.</summary>
    public int ScrollColumn { get; internal set; }

    /// <summary>Earlier answers, oldest first.</summary>
    public IReadOnlyList<string> History => _history;

    /// <summary>Sets the text (cursor at its end) and starts a fresh walk through the history.</summary>
    public void SetText(string text)
    {
        Text = OneLine(text);
        Cursor = Text.Length;
        _historyIndex = _history.Count;
        ScrollColumn = 0;
    }

    public PromptOutcome Handle(TerminalEvent terminalEvent) => terminalEvent switch
    {
        PasteEvent paste => Changed(() => Paste(paste.Text)),
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
        if (PromptKeys.Defaults.FirstOrDefault(k => k.Matches(key)) is { } binding)
        {
            return Apply(binding.Command);
        }

        return Type(key) ? PromptOutcome.Handled : PromptOutcome.Ignored;
    }

    /// <summary>Runs a command from whatever keymap bound it; Submit adds the text to the history.</summary>
    public PromptOutcome Apply(PromptCommand command)
    {
        switch (command)
        {
            case PromptCommand.Submit:
                Submit();
                return PromptOutcome.Submitted;
            case PromptCommand.Cancel:
                return PromptOutcome.Cancelled;
            case PromptCommand.HistoryBack: Recall(-1); break;
            case PromptCommand.HistoryForward: Recall(1); break;
            case PromptCommand.Left: Cursor = LineText.PreviousBoundary(Text, Cursor); break;
            case PromptCommand.Right: Cursor = LineText.NextBoundary(Text, Cursor); break;
            case PromptCommand.WordLeft: Cursor = LineText.WordLeft(Text, Cursor); break;
            case PromptCommand.WordRight: Cursor = LineText.WordRight(Text, Cursor); break;
            case PromptCommand.LineStart: Cursor = 0; break;
            case PromptCommand.LineEnd: Cursor = Text.Length; break;
            case PromptCommand.Backspace: DeleteTo(LineText.PreviousBoundary(Text, Cursor)); break;
            case PromptCommand.DeleteWordBefore: DeleteTo(LineText.WordLeft(Text, Cursor)); break;
            case PromptCommand.Delete: DeleteTo(LineText.NextBoundary(Text, Cursor)); break;
            case PromptCommand.DeleteToEnd: DeleteTo(Text.Length); break;
            case PromptCommand.DeleteToStart: DeleteTo(0); break;
            default: throw new ArgumentOutOfRangeException(nameof(command), command, "unknown prompt command");
        }

        return PromptOutcome.Handled;
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

    /// <summary>Inserts pasted text on one line.</summary>
    public void Paste(string text) => Insert(OneLine(text));

    private void DeleteTo(int target)
    {
        var (start, end) = target < Cursor ? (target, Cursor) : (Cursor, target);
        Text = Text.Remove(start, end - start);
        Cursor = start;
    }

    private void Recall(int step)
    {
        var target = Math.Clamp(_historyIndex + step, 0, _history.Count);
        if (target == _historyIndex)
        {
            return;
        }

        if (_historyIndex == _history.Count)
        {
            _draft = Text;
        }

        _historyIndex = target;
        Text = _historyIndex == _history.Count ? _draft : _history[_historyIndex];
        Cursor = Text.Length;
    }

    private void Submit()
    {
        if (Text.Length > 0 && (_history.Count == 0 || _history[^1] != Text))
        {
            _history.Add(Text);
        }

        _historyIndex = _history.Count;
        _draft = "";
    }

    private static PromptOutcome Changed(Action change)
    {
        change();
        return PromptOutcome.Handled;
    }

    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}
