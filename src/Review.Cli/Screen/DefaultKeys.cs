using Review.Terminal.Input;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>The default bindings of every mode. The editor's and the prompt's come from the toolkit's own tables.</summary>
internal static class DefaultKeys
{
    public static List<KeyBinding> Bindings() =>
    [
        .. Review(),
        .. Hunks(),
        .. Help(),
        Bind(KeyMode.Anywhere, ReviewCommand.Quit, "Anywhere", "quit, from any mode (an unsaved edit is dropped)", null, InputChord.Ctrl("c")),
        .. Editor(),
        .. Prompt(),
    ];

    private static IEnumerable<KeyBinding> Review() =>
    [
        Bind(KeyMode.Review, ReviewCommand.Accept, "Decide", "accept as shown, then next (changed guesses or hunks: an edit)", "accept", C("a")),
        Bind(KeyMode.Review, ReviewCommand.TakeSuggestion, "Decide", "take the suggestion, then next pair", "sugg", C("s")),
        Bind(KeyMode.Review, ReviewCommand.Edit, "Decide", "edit the target (Ctrl+S or Enter saves, Esc cancels)", "edit", C("e")),
        Bind(KeyMode.Review, ReviewCommand.EditFromSuggestion, "Decide", "edit, starting from the suggestion", null, C("E")),
        Bind(KeyMode.Review, ReviewCommand.Reject, "Decide", "reject the pair, with an optional reason", "reject", C("x"), C("r")),
        Bind(KeyMode.Review, ReviewCommand.Skip, "Decide", "skip: record a skip, then next pair", "skip", C(" ")),
        Bind(KeyMode.Review, ReviewCommand.Undo, "Decide", "undo your last decision and go back to it", "undo", C("u"), S(Key.Backspace)),
        Bind(KeyMode.Review, ReviewCommand.Note, "Decide", "add a note to the pair", null, C("m")),
        Bind(KeyMode.Review, ReviewCommand.ExternalEditor, "Decide", "edit the target in $EDITOR", null, InputChord.Ctrl("e")),
        Bind(KeyMode.Review, ReviewCommand.TakeFirstDecision, "Adjudicate", "adjudicating: make the first annotator's decision the final one, then next", null, C("1")),
        Bind(KeyMode.Review, ReviewCommand.TakeSecondDecision, "Adjudicate", "adjudicating: make the second annotator's decision the final one, then next", null, C("2")),
        Bind(KeyMode.Review, ReviewCommand.NextHunk, "Hunks", "step through the suggestion's hunks: next hunk", null, C("]")),
        Bind(KeyMode.Review, ReviewCommand.PreviousHunk, "Hunks", "previous hunk (starts stepping too)", null, C("[")),
        Bind(KeyMode.Review, ReviewCommand.NextPair, "Move", "next pair", "next", S(Key.Right), C("j")),
        Bind(KeyMode.Review, ReviewCommand.PreviousPair, "Move", "previous pair", null, S(Key.Left), C("k")),
        Bind(KeyMode.Review, ReviewCommand.NextPending, "Move", "next pending pair", null, S(Key.Tab)),
        Bind(KeyMode.Review, ReviewCommand.Goto, "Move", "go to a pair by number or id", null, C("g")),
        Bind(KeyMode.Review, ReviewCommand.Search, "Find", "search source and target", null, C("/")),
        Bind(KeyMode.Review, ReviewCommand.SearchNext, "Find", "repeat the search forward", null, C("n")),
        Bind(KeyMode.Review, ReviewCommand.SearchPrevious, "Find", "repeat the search backward", null, C("N")),
        Bind(KeyMode.Review, ReviewCommand.Filter, "Find", "filter by status, check or severity", null, C("f")),
        Bind(KeyMode.Review, ReviewCommand.NextGuess, "Guesses", "next encoding guess: its alternatives, confidence", null, C("c")),
        Bind(KeyMode.Review, ReviewCommand.CycleGuess, "Guesses", "cycle the current guess through its alternatives", null, C("v")),
        Bind(KeyMode.Review, ReviewCommand.ScrollUp, "View", "scroll the focused pane up", null, S(Key.Up), InputChord.MouseWheel(MouseAction.WheelUp, "wheel up")),
        Bind(KeyMode.Review, ReviewCommand.ScrollDown, "View", "scroll the focused pane down", null, S(Key.Down), InputChord.MouseWheel(MouseAction.WheelDown, "wheel down")),
        Bind(KeyMode.Review, ReviewCommand.PageUp, "View", "scroll the focused pane a page up", null, S(Key.PageUp)),
        Bind(KeyMode.Review, ReviewCommand.PageDown, "View", "scroll the focused pane a page down", null, S(Key.PageDown)),
        Bind(KeyMode.Review, ReviewCommand.FocusNextPane, "View", "focus the next pane", null, C("o")),
        Bind(KeyMode.Review, ReviewCommand.ToggleDiff, "View", "diff against the suggestion on/off", null, C("d")),
        Bind(KeyMode.Review, ReviewCommand.CycleGranularity, "View", "diff granularity: auto, character, word", null, C("w")),
        Bind(KeyMode.Review, ReviewCommand.ToggleSuggestionPane, "View", "show the suggestion in its own pane", null, C("p")),
        Bind(KeyMode.Review, ReviewCommand.MergeWithNext, "Align", "merge with the next pair: sources joined, targets joined", null, C("J")),
        Bind(KeyMode.Review, ReviewCommand.SplitPair, "Align", "split the pair: asks after which sentences to cut each side", null, C("S")),
        Bind(KeyMode.Review, ReviewCommand.ShiftTargetDown, "Align", "move this target to the front of the next pair's", null, C(">")),
        Bind(KeyMode.Review, ReviewCommand.ShiftTargetUp, "Align", "move this target to the end of the previous pair's", null, C("<")),
        Bind(KeyMode.Review, ReviewCommand.Help, "Other", "show or hide this help", "help", C("?")),
        Bind(KeyMode.Review, ReviewCommand.Quit, "Other", "quit (every decision is already saved)", "quit", C("q")),
    ];

    // While stepping, other keys fall through to the review screen's (a saves the text as shown).
    private static IEnumerable<KeyBinding> Hunks() =>
    [
        Bind(KeyMode.Hunks, ReviewCommand.TakeHunk, "Hunk stepping", "take this hunk into the target, then the next", "take", C("y")),
        Bind(KeyMode.Hunks, ReviewCommand.LeaveHunk, "Hunk stepping", "leave this hunk out, then the next", "leave", C("n")),
        Bind(KeyMode.Hunks, ReviewCommand.TakeRemainingHunks, "Hunk stepping", "take this and every later hunk", "all", C("Y")),
        Bind(KeyMode.Hunks, ReviewCommand.LeaveRemainingHunks, "Hunk stepping", "leave this and every later hunk", "none", C("N")),
        Bind(KeyMode.Hunks, ReviewCommand.EndHunks, "Hunk stepping", "stop stepping; the hunks go back to untaken", "end", S(Key.Escape)),
    ];

    private static IEnumerable<KeyBinding> Help() =>
    [
        Bind(KeyMode.Help, ReviewCommand.ScrollUp, "Help", "scroll the help up", null, S(Key.Up), InputChord.MouseWheel(MouseAction.WheelUp, "wheel up")),
        Bind(KeyMode.Help, ReviewCommand.ScrollDown, "Help", "scroll the help down", null, S(Key.Down), InputChord.MouseWheel(MouseAction.WheelDown, "wheel down")),
        Bind(KeyMode.Help, ReviewCommand.PageUp, "Help", "scroll the help a page up", null, S(Key.PageUp)),
        Bind(KeyMode.Help, ReviewCommand.PageDown, "Help", "scroll the help a page down", null, S(Key.PageDown)),
        Bind(KeyMode.Help, ReviewCommand.Quit, "Help", "quit", null, C("q")),
        Bind(KeyMode.Help, ReviewCommand.Help, "Help", "close the help (so does any key not bound here)", null, C("?"), S(Key.Escape)),
    ];

    private static IEnumerable<KeyBinding> Editor()
    {
        yield return Bind(KeyMode.Editor, ReviewCommand.SaveEdit, "Editor", "save the text as an edit, then next pair", null, InputChord.Ctrl("s"), S(Key.Enter));
        yield return Bind(KeyMode.Editor, ReviewCommand.CancelEdit, "Editor", "cancel the edit", null, S(Key.Escape));
        foreach (var group in EditorKeys.Defaults.GroupBy(k => k.Command))
        {
            var chords = group.Select(k => InputChord.Of(k.Key, k.Modifiers, k.Text)).ToList();
            yield return new KeyBinding(KeyMode.Editor, chords, new EditorKeyAction(group.Key), InputHelp.Of(group.Key), "Editor");
        }
    }

    private static IEnumerable<KeyBinding> Prompt() =>
        PromptKeys.Defaults.GroupBy(k => k.Command).Select(group => new KeyBinding(KeyMode.Prompt,
            group.Select(k => InputChord.Of(k.Key, k.Modifiers, k.Text)).ToList(), new PromptKeyAction(group.Key), InputHelp.Of(group.Key), "Prompts"));

    private static InputChord C(string text) => InputChord.Of(Key.Char, Modifiers.None, text);

    private static InputChord S(Key key) => InputChord.Of(key, Modifiers.None, null);

    private static KeyBinding Bind(KeyMode mode, ReviewCommand command, string group, string help, string? hint, params InputChord[] chords) =>
        new(mode, chords, new CommandAction(command), help, group, hint);
}
