using System.Collections.Immutable;
using Review.Core.Session;
using Review.Core.Text;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>
/// Everything the review screen shows, as plain data. Update derives the next state from this
/// and an action; the view draws it; nothing else mutates it.
/// </summary>
public sealed record ReviewState
{
    public required string FileLabel { get; init; }

    public required string Annotator { get; init; }

    public required DateTimeOffset SessionStarted { get; init; }

    public ShownPair? Shown { get; init; }

    public required ProgressCounts Counts { get; init; }

    public ScreenMode Mode { get; init; } = ScreenMode.Browse;

    public PromptKind? Prompt { get; init; }

    /// <summary>
    /// The inline editor's text and cursor while <see cref="Mode"/> is Edit. It is the toolkit's
    /// widget state (ratatui's StatefulWidget split): Update applies editor keys to it, the view draws it.
    /// </summary>
    public EditorState? Editor { get; init; }

    /// <summary>The prompt's line while <see cref="Mode"/> is Prompt (the toolkit's widget state, as for the editor).</summary>
    public PromptState? PromptLine { get; init; }

    /// <summary>Earlier answers to each prompt, oldest first: a prompt opens empty with the last one a ↑ away.</summary>
    public ImmutableDictionary<PromptKind, ImmutableList<string>> PromptHistory { get; init; } =
        ImmutableDictionary<PromptKind, ImmutableList<string>>.Empty;

    /// <summary>Hunk stepping on the shown pair (<c>]</c> starts it, Esc ends it); null when not stepping.</summary>
    public HunkSteps? Hunks { get; init; }

    public PairFilter Filter { get; init; } = PairFilter.All;

    public string? LastSearch { get; init; }

    /// <summary>A note typed on a pending pair, attached to the next decision on it.</summary>
    public string? PendingNote { get; init; }

    public int SessionDecisions { get; init; }

    /// <summary>Other annotators holding a live lease at the last refresh.</summary>
    public int Colleagues { get; init; }

    public SaveIndicator Save { get; init; } = SaveIndicator.None;

    /// <summary>A one-line notice (not found, conflict, nothing to undo); cleared by the next key.</summary>
    public string? Message { get; init; }

    public bool DiffOn { get; init; } = true;

    public DiffGranularity Granularity { get; init; } = DiffGranularity.Automatic;

    public bool SuggestionPane { get; init; }

    public Pane Focus { get; init; } = Pane.Target;

    public PaneOffsets Scroll { get; init; } = PaneOffsets.Zero;

    public int HelpScroll { get; init; }

    /// <summary>The terminal's size: <see cref="ScreenGeometry"/> lays the frame out from it and the rest of the state.</summary>
    public ScreenSize Size { get; init; } = ScreenSize.Default;

    /// <summary>How many lines the help overlay has (it is generated from the keymap, which the state does not hold).</summary>
    public int HelpLines { get; init; }

    public bool Quitting { get; init; }

    /// <summary>
    /// <c>review open --adjudicate</c>: the walk goes through the pairs the annotators disagree on,
    /// each shown with their decisions, and a decision is recorded as the pair's final one. Fixed for the session.
    /// </summary>
    public bool Adjudicating { get; init; }

    /// <summary>The encoding guess the annotator is on and the candidate each guess shows.</summary>
    public GuessCursor Guess { get; init; } = GuessCursor.None;

    /// <summary>Set by a guess or hunk key: Update then scrolls the target pane to the current guess or hunk.</summary>
    public bool RevealGuess { get; init; }

    /// <summary>The order next, previous and Tab walk in (<c>--order</c>); fixed for the session.</summary>
    public QueueOrder Order { get; init; } = QueueOrder.Corpus;

    public static ReviewState Initial(string fileLabel, string annotator, long total, DateTimeOffset now, PairFilter? filter = null) => new()
    {
        FileLabel = fileLabel,
        Annotator = annotator,
        SessionStarted = now,
        Counts = ProgressCounts.Unknown(total),
        Filter = filter ?? PairFilter.All,
        PromptHistory = filter is null || filter.IsAll
            ? ImmutableDictionary<PromptKind, ImmutableList<string>>.Empty
            : ImmutableDictionary<PromptKind, ImmutableList<string>>.Empty.Add(PromptKind.Filter, [filter.Text]),
    };

    /// <summary>Which bindings keys are looked up in now.</summary>
    public KeyMode KeyMode => Mode switch
    {
        ScreenMode.Edit => KeyMode.Editor,
        ScreenMode.Prompt => KeyMode.Prompt,
        ScreenMode.Help => KeyMode.Help,
        _ => Hunks is null ? KeyMode.Review : KeyMode.Hunks,
    };

    public long CurrentOrd => Shown?.Pair.Ord ?? 0;

    /// <summary>
    /// The target as the annotator sees it: the current text with their picks among the encoding
    /// guesses in place. Accept, the editor and the diff all work on this text.
    /// </summary>
    public string WorkingTarget => Hunks is { } steps ? steps.Text : GuessedTarget;

    /// <summary>The current target with the encoding-guess picks in place (hunk stepping starts from it).</summary>
    public string GuessedTarget => Shown is { GuessesApply: true } shown && Guess.Changed
        ? GuessText.Apply(shown.Pair.Target, shown.Guesses, Guess).Text
        : Shown?.CurrentTarget ?? "";

    /// <summary>The panes that are on screen now, in focus order.</summary>
    public IReadOnlyList<Pane> VisiblePanes()
    {
        var panes = new List<Pane> { Pane.Source };
        if (Shown?.Team is { Annotations.Count: var annotators } && annotators > 0)
        {
            panes.Add(Pane.FirstDecision);
            if (annotators > 1)
            {
                panes.Add(Pane.OtherDecisions);
            }
        }
        panes.Add(Pane.Target);
        if (SuggestionPane && Shown?.Suggestion is not null)
        {
            panes.Add(Pane.Suggestion);
        }
        if (Shown is { Findings.Count: > 0 })
        {
            panes.Add(Pane.Findings);
        }
        return panes;
    }
}
