using Review.Terminal.Input;

namespace Review.Cli.Screen;

/// <summary>
/// The review screen's bindings as data. Help and the hint bar are generated from this list, so
/// a key cannot be bound without being documented. Defaults follow Prodigy, mutt/tig and less.
/// </summary>
public sealed class Keymap
{
    public Keymap(IReadOnlyList<KeyBinding> bindings)
    {
        Bindings = bindings;
    }

    public IReadOnlyList<KeyBinding> Bindings { get; }

    public static Keymap Default { get; } = new(DefaultBindings());

    public ReviewCommand? Resolve(KeyEvent key)
    {
        foreach (var binding in Bindings)
        {
            if (binding.Chords.Any(c => c.Matches(key)))
            {
                return binding.Command;
            }
        }
        return null;
    }

    public ReviewCommand? Resolve(MouseEvent mouse)
    {
        foreach (var binding in Bindings)
        {
            if (binding.Chords.Any(c => c.Matches(mouse)))
            {
                return binding.Command;
            }
        }
        return null;
    }

    /// <summary>The groups in the order they first appear, each with its bindings.</summary>
    public IEnumerable<IGrouping<string, KeyBinding>> Groups() => Bindings.GroupBy(b => b.Group);

    public IEnumerable<KeyBinding> Hints() => Bindings.Where(b => b.Hint is not null);

    private static List<KeyBinding> DefaultBindings() =>
    [
        Bind(ReviewCommand.Accept, "Decide", "accept as shown, then next (changed guesses: an edit)", "accept", C("a")),
        Bind(ReviewCommand.TakeSuggestion, "Decide", "take the suggestion, then next pair", "sugg", C("s")),
        Bind(ReviewCommand.Edit, "Decide", "edit the target (Ctrl+S or Enter saves, Esc cancels)", "edit", C("e")),
        Bind(ReviewCommand.EditFromSuggestion, "Decide", "edit, starting from the suggestion", null, C("E")),
        Bind(ReviewCommand.Reject, "Decide", "reject the pair, with an optional reason", "reject", C("x"), C("r")),
        Bind(ReviewCommand.Skip, "Decide", "skip: record a skip, then next pair", "skip", C(" ", "Space")),
        Bind(ReviewCommand.Undo, "Decide", "undo your last decision and go back to it", "undo", C("u"), InputChord.Special(Key.Backspace, "Backspace")),
        Bind(ReviewCommand.Note, "Decide", "add a note to the pair", null, C("m")),
        Bind(ReviewCommand.ExternalEditor, "Decide", "edit the target in $EDITOR", null, InputChord.Ctrl("e")),
        Bind(ReviewCommand.NextPair, "Move", "next pair", "next", InputChord.Special(Key.Right, "→"), C("j")),
        Bind(ReviewCommand.PreviousPair, "Move", "previous pair", null, InputChord.Special(Key.Left, "←"), C("k")),
        Bind(ReviewCommand.NextPending, "Move", "next pending pair", null, InputChord.Special(Key.Tab, "Tab")),
        Bind(ReviewCommand.Goto, "Move", "go to a pair by number or id", null, C("g")),
        Bind(ReviewCommand.Search, "Find", "search source and target", null, C("/")),
        Bind(ReviewCommand.SearchNext, "Find", "repeat the search forward", null, C("n")),
        Bind(ReviewCommand.SearchPrevious, "Find", "repeat the search backward", null, C("N")),
        Bind(ReviewCommand.Filter, "Find", "filter by status, check or severity", null, C("f")),
        Bind(ReviewCommand.NextGuess, "Guesses", "next encoding guess: its alternatives, confidence", null, C("c")),
        Bind(ReviewCommand.CycleGuess, "Guesses", "cycle the current guess through its alternatives", null, C("v")),
        Bind(ReviewCommand.ScrollUp, "View", "scroll the focused pane up", null,
            InputChord.Special(Key.Up, "↑"), InputChord.MouseWheel(MouseAction.WheelUp, "wheel up")),
        Bind(ReviewCommand.ScrollDown, "View", "scroll the focused pane down", null,
            InputChord.Special(Key.Down, "↓"), InputChord.MouseWheel(MouseAction.WheelDown, "wheel down")),
        Bind(ReviewCommand.PageUp, "View", "scroll the focused pane a page up", null, InputChord.Special(Key.PageUp, "PgUp")),
        Bind(ReviewCommand.PageDown, "View", "scroll the focused pane a page down", null, InputChord.Special(Key.PageDown, "PgDn")),
        Bind(ReviewCommand.FocusNextPane, "View", "focus the next pane", null, C("o")),
        Bind(ReviewCommand.ToggleDiff, "View", "diff against the suggestion on/off", null, C("d")),
        Bind(ReviewCommand.CycleGranularity, "View", "diff granularity: auto, character, word", null, C("w")),
        Bind(ReviewCommand.ToggleSuggestionPane, "View", "show the suggestion in its own pane", null, C("p")),
        Bind(ReviewCommand.Help, "Other", "show or hide this help", "help", C("?")),
        Bind(ReviewCommand.Quit, "Other", "quit (every decision is already saved)", "quit", C("q"), InputChord.Ctrl("c")),
    ];

    private static InputChord C(string text, string? label = null) => InputChord.Char(text, label);

    private static KeyBinding Bind(ReviewCommand command, string group, string help, string? hint, params InputChord[] chords) =>
        new(chords, command, help, group, hint);
}
