using Review.Core.Pairs;
using Review.Core.Session;
using Review.Core.Text;

namespace Review.Cli.Screen;

/// <summary>
/// The review screen's logic as a pure function: (state, action) -> (state, effects). No I/O, no
/// clock, no terminal; the loop runs the effects and feeds their outcomes back as actions.
/// </summary>
public static class Update
{
    public static UpdateResult Apply(ReviewState state, ReviewAction action)
    {
        var result = Dispatch(state, action);
        return result.State.RevealGuess ? result with { State = RevealMark(result.State) } : result;
    }

    private static UpdateResult Dispatch(ReviewState state, ReviewAction action) => action switch
    {
        CommandAction command => OnCommand(state, command.Command),
        EditorKeyAction key => UpdateResult.Only(EditorKey(state, key)),
        PromptKeyAction key => InputRules.PromptKey(state, key.Command),
        TextTyped typed => UpdateResult.Only(InputRules.Type(state, typed)),
        InputSubmitted submitted => InputRules.Submit(state, submitted.Text),
        InputCancelled => UpdateResult.Only(InputRules.Close(state)),
        PairShown shown => UpdateResult.Only(OnPairShown(state, shown.Shown)),
        Notice notice => UpdateResult.Only(state with { Message = notice.Message }),
        DecisionCommitted committed => UpdateResult.Only(OnCommitted(state, committed)),
        CommitFailed failed => UpdateResult.Only(state with { Save = failed.Retrying ? SaveIndicator.NotSaved : SaveIndicator.Refused, Message = failed.Message }),
        ConflictDetected conflict => UpdateResult.Only(state with { Message = conflict.Message }),
        LiveRefreshed live => UpdateResult.Only(OnLive(state, live.Live)),
        Resized resized => UpdateResult.Only(state with { Size = new ScreenSize(resized.Width, resized.Height) }),
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
                or ReviewCommand.ExternalEditor or ReviewCommand.TakeFirstDecision
                or ReviewCommand.TakeSecondDecision => DecisionRules.Begin(calm, command),
            ReviewCommand.Undo => new UpdateResult(calm, [new UndoEffect()]),
            ReviewCommand.MergeWithNext or ReviewCommand.SplitPair or ReviewCommand.ShiftTargetDown
                or ReviewCommand.ShiftTargetUp => AlignRules.Begin(calm, command),
            ReviewCommand.NextPair => Navigate(calm, NavigationKind.Next),
            ReviewCommand.PreviousPair => Navigate(calm, NavigationKind.Previous),
            ReviewCommand.NextPending => Navigate(calm, NavigationKind.NextPending),
            ReviewCommand.Goto => InputRules.OpenPrompt(calm, PromptKind.Goto),
            ReviewCommand.Search => InputRules.OpenPrompt(calm, PromptKind.Search, state.LastSearch),
            ReviewCommand.Filter => InputRules.OpenPrompt(calm, PromptKind.Filter, state.Filter.IsAll ? null : state.Filter.Text),
            ReviewCommand.SaveEdit => InputRules.Submit(calm, state.Editor?.Text ?? ""),
            ReviewCommand.CancelEdit => UpdateResult.Only(InputRules.Close(calm)),
            ReviewCommand.NextHunk or ReviewCommand.PreviousHunk or ReviewCommand.TakeHunk or ReviewCommand.LeaveHunk
                or ReviewCommand.TakeRemainingHunks or ReviewCommand.LeaveRemainingHunks => HunkRules.Command(calm, command),
            ReviewCommand.EndHunks => UpdateResult.Only(calm with { Hunks = null }),
            ReviewCommand.SearchNext => RepeatSearch(calm, forward: true),
            ReviewCommand.SearchPrevious => RepeatSearch(calm, forward: false),
            ReviewCommand.ScrollUp => UpdateResult.Only(ScrollBy(calm, -1)),
            ReviewCommand.ScrollDown => UpdateResult.Only(ScrollBy(calm, 1)),
            ReviewCommand.PageUp => UpdateResult.Only(ScrollPage(calm, -1)),
            ReviewCommand.PageDown => UpdateResult.Only(ScrollPage(calm, 1)),
            ReviewCommand.FocusNextPane => UpdateResult.Only(FocusNext(calm)),
            ReviewCommand.ToggleDiff => UpdateResult.Only(calm with { DiffOn = !state.DiffOn, Hunks = null }),
            ReviewCommand.CycleGranularity => UpdateResult.Only(HunkRules.Regranulate(calm with { Granularity = NextGranularity(state.Granularity) })),
            ReviewCommand.ToggleSuggestionPane => UpdateResult.Only(ToggleSuggestionPane(calm)),
            ReviewCommand.NextGuess => UpdateResult.Only(GuessRules.Next(calm with { Hunks = null })),
            ReviewCommand.CycleGuess => UpdateResult.Only(GuessRules.Cycle(calm with { Hunks = null })),
            ReviewCommand.Help => UpdateResult.Only(calm with { Mode = ScreenMode.Help }),
            ReviewCommand.Quit => Quit(calm),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unbound command"),
        };
    }

    /// <summary>Editor keys change the editor's own state (the toolkit's widget state, held in the screen state).</summary>
    private static ReviewState EditorKey(ReviewState state, EditorKeyAction key)
    {
        state.Editor?.Apply(key.Command);
        return state;
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
            return UpdateResult.Only(state with { HelpScroll = Math.Clamp(state.HelpScroll + delta, 0, ScreenGeometry.HelpMaxScroll(state)) });
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
            Hunks = sameText ? state.Hunks : null,
            RevealGuess = sameText && state.RevealGuess,
        };
        if (shown.ClaimedBy is { } other)
        {
            next = next with { Message = $"{other} is reviewing this pair: decisions are off until their claim lapses" };
        }
        return next.VisiblePanes().Contains(next.Focus) ? next : next with { Focus = Pane.Target };
    }

    /// <summary>Only what can change under a colleague's hands: the text, the scroll and the editor stay.</summary>
    private static ReviewState OnLive(ReviewState state, LiveView live)
    {
        var next = state with { Counts = live.Counts, Colleagues = live.Colleagues };
        return state.Shown is { } shown && live.Shown is { } now && now.Pair.Id == shown.Pair.Id
            ? next with { Shown = shown with { Status = now.Status, ClaimedBy = now.ClaimedBy, DecisionCount = now.DecisionCount } }
            : next;
    }

    private static ReviewState OnCommitted(ReviewState state, DecisionCommitted committed)
    {
        var counts = state.Counts;
        if (counts.Known)
        {
            counts = counts with
            {
                Done = counts.Done - (StatusRules.IsDone(committed.Before) ? 1 : 0) + (StatusRules.IsDone(committed.After) ? 1 : 0),
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

    /// <summary>Scrolls the target so the mark a guess or hunk key asked to see is in the pane.</summary>
    private static ReviewState RevealMark(ReviewState state)
    {
        var geometry = ScreenGeometry.Of(state);
        var revealed = state with { RevealGuess = false };
        return geometry.MarkLine is { } line
            ? revealed with { Scroll = revealed.Scroll.With(Pane.Target, Reveal(state.Scroll.Target, line, geometry.MarkPaneHeight, geometry.MaxScroll.Target)) }
            : revealed;
    }

    /// <summary>The smallest scroll that brings the guess's line into the pane.</summary>
    private static int Reveal(int offset, int line, int paneHeight, int max)
    {
        var height = Math.Max(1, paneHeight);
        var top = line < offset ? line : line >= offset + height ? line - height + 1 : offset;
        return Math.Clamp(top, 0, max);
    }

    private static ReviewState ScrollBy(ReviewState state, int delta) => ScrollBy(state, delta, ScreenGeometry.Of(state));

    private static ReviewState ScrollPage(ReviewState state, int direction)
    {
        var geometry = ScreenGeometry.Of(state);
        return ScrollBy(state, direction * Math.Max(1, geometry.PageHeight - 1), geometry);
    }

    // A scroll left past the end by a resize or a shorter pair is brought back before it moves.
    private static ReviewState ScrollBy(ReviewState state, int delta, ScreenGeometry geometry)
    {
        var max = geometry.MaxScroll.Get(state.Focus);
        var offset = Math.Clamp(Math.Min(state.Scroll.Get(state.Focus), max) + delta, 0, max);
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
