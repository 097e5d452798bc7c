namespace Review.Cli.Screen;

/// <summary>What a key on the review screen can ask for. The keymap binds input chords to these.</summary>
public enum ReviewCommand
{
    Accept,
    TakeSuggestion,
    Edit,
    EditFromSuggestion,
    Reject,
    Skip,
    Undo,
    NextPair,
    PreviousPair,
    NextPending,
    Goto,
    Search,
    SearchNext,
    SearchPrevious,
    ScrollUp,
    ScrollDown,
    PageUp,
    PageDown,
    FocusNextPane,
    Filter,
    ExternalEditor,
    Note,
    ToggleDiff,
    CycleGranularity,
    ToggleSuggestionPane,
    Help,
    Quit,
}
