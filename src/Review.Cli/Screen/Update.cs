using Review.Core.Pairs;
using Review.Core.Text;

namespace Review.Cli.Screen;

/// <summary>
/// The review screen's logic as a pure function: (state, action) -> (state, effects). No I/O, no
/// clock, no terminal; the loop runs the effects and feeds their outcomes back as actions.
/// </summary>
public static class Update
{
    public static UpdateResult Apply(ReviewState state, ReviewAction action) => action switch
    {
        CommandAction command => OnCommand(state, command.Command),
        InputSubmitted submitted => InputRules.Submit(state, submitted.Text),
        InputCancelled => UpdateResult.Only(state with { Mode = ScreenMode.Browse, Prompt = null, Message = null }),
        PairShown shown => UpdateResult.Only(OnPairShown(state, shown.Shown)),
        Notice notice => UpdateResult.Only(state with { Message = notice.Message }),
        DecisionCommitted committed => UpdateResult.Only(OnCommitted(state, committed)),
        CommitFailed failed => UpdateResult.Only(state with { Save = failed.Retrying ? SaveIndicator.NotSaved : SaveIndicator.Refused, Message = failed.Message }),
        ConflictDetected conflict => UpdateResult.Only(state with { Message = conflict.Message }),
        CountsLoaded counts => UpdateResult.Only(state with { Counts = counts.Counts }),
        PanesMeasured measured => UpdateResult.Only(OnMeasured(state, measured)),
        ExternalEditFinished finished => DecisionRules.ExternalEdit(state, finished),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "unknown action"),
    };

    private static UpdateResult OnCommand(ReviewState state, ReviewCommand command)
    {
        var calm = state with { Message = null };
        if (state.Mode == ScreenMode.Help)
        {
            return HelpKey(calm, command);
        }
        return command switch
        {
            ReviewCommand.Accept or ReviewCommand.TakeSuggestion or ReviewCommand.Skip or ReviewCommand.Reject
                or ReviewCommand.Edit or ReviewCommand.EditFromSuggestion or ReviewCommand.Note
                or ReviewCommand.ExternalEditor => DecisionRules.Begin(calm, command),
            ReviewCommand.Undo => new UpdateResult(calm, [new UndoEffect()]),
            ReviewCommand.NextPair => Navigate(calm, NavigationKind.Next),
            ReviewCommand.PreviousPair => Navigate(calm, NavigationKind.Previous),
            ReviewCommand.NextPending => Navigate(calm, NavigationKind.NextPending),
            ReviewCommand.Goto => InputRules.OpenPrompt(calm, PromptKind.Goto, ""),
            ReviewCommand.Search => InputRules.OpenPrompt(calm, PromptKind.Search, state.LastSearch ?? ""),
            ReviewCommand.Filter => InputRules.OpenPrompt(calm, PromptKind.Filter, state.Filter.IsAll ? "" : state.Filter.Text),
            ReviewCommand.SearchNext => RepeatSearch(calm, forward: true),
            ReviewCommand.SearchPrevious => RepeatSearch(calm, forward: false),
            ReviewCommand.ScrollUp => UpdateResult.Only(ScrollBy(calm, -1)),
            ReviewCommand.ScrollDown => UpdateResult.Only(ScrollBy(calm, 1)),
            ReviewCommand.PageUp => UpdateResult.Only(ScrollBy(calm, -Math.Max(1, state.PageHeight - 1))),
            ReviewCommand.PageDown => UpdateResult.Only(ScrollBy(calm, Math.Max(1, state.PageHeight - 1))),
            ReviewCommand.FocusNextPane => UpdateResult.Only(FocusNext(calm)),
            ReviewCommand.ToggleDiff => UpdateResult.Only(calm with { DiffOn = !state.DiffOn }),
            ReviewCommand.CycleGranularity => UpdateResult.Only(calm with { Granularity = NextGranularity(state.Granularity) }),
            ReviewCommand.ToggleSuggestionPane => UpdateResult.Only(ToggleSuggestionPane(calm)),
            ReviewCommand.NextGuess => UpdateResult.Only(GuessRules.Next(calm)),
            ReviewCommand.CycleGuess => UpdateResult.Only(GuessRules.Cycle(calm)),
            ReviewCommand.Help => UpdateResult.Only(calm with { Mode = ScreenMode.Help }),
            ReviewCommand.Quit => Quit(calm),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unbound command"),
        };
    }

    internal static UpdateResult Navigate(ReviewState state, NavigationKind kind, string? text = null, bool forward = true) =>
        new(state, [new NavigateEffect(new Navigation(kind, state.CurrentOrd, state.Filter, text, forward))]);

    private static UpdateResult HelpKey(ReviewState state, ReviewCommand command)
    {
        var delta = command switch
        {
            ReviewCommand.ScrollUp => -1,
            ReviewCommand.ScrollDown => 1,
            ReviewCommand.PageUp => -5,
            ReviewCommand.PageDown => 5,
            _ => 0,
        };
        if (delta != 0)
        {
            return UpdateResult.Only(state with { HelpScroll = Math.Clamp(state.HelpScroll + delta, 0, state.HelpMaxScroll) });
        }
        var closed = state with { Mode = ScreenMode.Browse, HelpScroll = 0 };
        return command == ReviewCommand.Quit ? Quit(closed) : UpdateResult.Only(closed);
    }

    private static UpdateResult Quit(ReviewState state) => new(state with { Quitting = true }, [new QuitEffect()]);

    private static UpdateResult RepeatSearch(ReviewState state, bool forward) =>
        state.LastSearch is { } needle
            ? Navigate(state, NavigationKind.Search, needle, forward)
            : UpdateResult.Only(state with { Message = "no search yet: press / to search" });

    private static ReviewState OnPairShown(ReviewState state, ShownPair shown)
    {
        var samePair = state.Shown?.Pair.Id == shown.Pair.Id;
        var sameText = samePair && state.Shown!.Effective?.Id == shown.Effective?.Id;
        var next = state with
        {
            Shown = shown,
            Scroll = samePair ? state.Scroll : PaneOffsets.Zero,
            PendingNote = samePair ? state.PendingNote : null,
            Guess = sameText ? state.Guess : GuessCursor.None,
            RevealGuess = sameText && state.RevealGuess,
        };
        if (shown.ClaimedBy is { } other)
        {
            next = next with { Message = $"{other} is reviewing this pair: decisions are off until their claim lapses" };
        }
        return next.VisiblePanes().Contains(next.Focus) ? next : next with { Focus = Pane.Target };
    }

    private static ReviewState OnCommitted(ReviewState state, DecisionCommitted committed)
    {
        var counts = state.Counts;
        if (counts.Known)
        {
            counts = counts with
            {
                Done = counts.Done - (IsDone(committed.Before) ? 1 : 0) + (IsDone(committed.After) ? 1 : 0),
                Pending = counts.Pending - (committed.Before == PairStatus.Pending ? 1 : 0) + (committed.After == PairStatus.Pending ? 1 : 0),
            };
        }
        return state with
        {
            Counts = counts,
            Save = SaveIndicator.Saved,
            SessionDecisions = committed.IsUndo ? Math.Max(0, state.SessionDecisions - 1) : state.SessionDecisions + 1,
            PendingNote = committed.IsUndo ? state.PendingNote : null,
            Message = null,
        };
    }

    private static bool IsDone(PairStatus status) =>
        status is PairStatus.Accepted or PairStatus.Fixed or PairStatus.Edited or PairStatus.Rejected;

    private static ReviewState OnMeasured(ReviewState state, PanesMeasured measured)
    {
        var scroll = state.Scroll;
        foreach (var pane in Enum.GetValues<Pane>())
        {
            scroll = scroll.With(pane, Math.Min(scroll.Get(pane), measured.MaxScroll.Get(pane)));
        }
        if (state.RevealGuess && measured.Guess is { } mark)
        {
            scroll = scroll.With(Pane.Target, Reveal(scroll.Target, mark, measured.MaxScroll.Target));
        }
        return state with
        {
            RevealGuess = false,
            MaxScroll = measured.MaxScroll,
            PageHeight = Math.Max(1, measured.PageHeight),
            Scroll = scroll,
            HelpMaxScroll = measured.HelpMaxScroll,
            HelpScroll = Math.Min(state.HelpScroll, measured.HelpMaxScroll),
        };
    }

    /// <summary>The smallest scroll that brings the guess's line into the pane.</summary>
    private static int Reveal(int offset, GuessMark mark, int max)
    {
        var height = Math.Max(1, mark.PaneHeight);
        var top = mark.Line < offset ? mark.Line : mark.Line >= offset + height ? mark.Line - height + 1 : offset;
        return Math.Clamp(top, 0, max);
    }

    private static ReviewState ScrollBy(ReviewState state, int delta)
    {
        var max = state.MaxScroll.Get(state.Focus);
        var offset = Math.Clamp(state.Scroll.Get(state.Focus) + delta, 0, max);
        return state with { Scroll = state.Scroll.With(state.Focus, offset) };
    }

    private static ReviewState FocusNext(ReviewState state)
    {
        var panes = state.VisiblePanes();
        var index = panes.ToList().IndexOf(state.Focus);
        return state with { Focus = panes[(index + 1) % panes.Count] };
    }

    private static ReviewState ToggleSuggestionPane(ReviewState state)
    {
        var next = state with { SuggestionPane = !state.SuggestionPane };
        if (next.SuggestionPane && state.Shown is not null && state.Shown.Suggestion is null)
        {
            next = next with { Message = "this pair has no suggestion; the pane shows when one does" };
        }
        return next.VisiblePanes().Contains(next.Focus) ? next : next with { Focus = Pane.Target };
    }

    private static DiffGranularity NextGranularity(DiffGranularity granularity) => granularity switch
    {
        DiffGranularity.Automatic => DiffGranularity.Character,
        DiffGranularity.Character => DiffGranularity.Word,
        _ => DiffGranularity.Automatic,
    };
}
