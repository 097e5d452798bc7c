using Review.Core.Pairs;
using Review.Core.Session;

namespace Review.Cli.Screen;

/// <summary>How decision keys turn into decide effects: the checks before, and the advance after.</summary>
internal static class DecisionRules
{
    public static UpdateResult Begin(ReviewState state, ReviewCommand command)
    {
        if (state.Shown is not { } shown)
        {
            return UpdateResult.Only(state with { Message = "no pair to decide on" });
        }
        // A pair shown as a colleague's is not refused here: who holds it is asked again at the
        // moment of the decision (the session refuses, with a message true then, or records it).
        return command switch
        {
            // With an encoding guess changed, the text on screen is no longer the target: it is saved as an edit.
            ReviewCommand.Accept when state.Hunks is { } steps => HunkRules.Save(state, steps),
            ReviewCommand.Accept => state.WorkingTarget == shown.CurrentTarget
                ? Decide(state, DecisionKind.Accept, shown.Pair.Target)
                : Decide(state, DecisionKind.Edit, state.WorkingTarget),
            ReviewCommand.TakeSuggestion => shown.Suggestion is { } suggestion
                ? Decide(state, DecisionKind.TakeSuggestion, suggestion)
                : UpdateResult.Only(state with { Message = "this pair has no suggestion: e edits, a accepts" }),
            ReviewCommand.Skip => Decide(state, DecisionKind.Skip, null),
            ReviewCommand.Reject => InputRules.OpenPrompt(state, PromptKind.RejectReason),
            ReviewCommand.Note => InputRules.OpenPrompt(state, PromptKind.Note, state.PendingNote ?? shown.Effective?.Note),
            ReviewCommand.Edit => InputRules.OpenEditor(state, state.WorkingTarget),
            ReviewCommand.EditFromSuggestion => InputRules.OpenEditor(state, shown.Suggestion ?? shown.CurrentTarget),
            ReviewCommand.ExternalEditor => new UpdateResult(state, [new ExternalEditorEffect(state.WorkingTarget)]),
            ReviewCommand.TakeFirstDecision => TakeAnnotators(state, shown, 0),
            ReviewCommand.TakeSecondDecision => TakeAnnotators(state, shown, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "not a decision command"),
        };
    }

    /// <summary>Adjudicating: records the annotator's decision (its kind, text and note) again as the final one.</summary>
    private static UpdateResult TakeAnnotators(ReviewState state, ShownPair shown, int index)
    {
        if (shown.Team is not { } team)
        {
            return UpdateResult.Only(state with { Message = "1 and 2 take an annotator's decision while adjudicating (review open --adjudicate)" });
        }
        if (index >= team.Annotations.Count)
        {
            return UpdateResult.Only(state with { Message = "this pair has no second annotator's decision" });
        }
        var decision = team.Annotations[index];
        return decision.Kind == DecisionKind.Skip
            ? UpdateResult.Only(state with { Message = $"{decision.Annotator} skipped this pair: nothing to take" })
            : Decide(state, decision.Kind, decision.FinalTarget, decision.Note);
    }

    /// <summary>Commit, then advance; the loop drops the advance if the commit fails.</summary>
    public static UpdateResult Decide(ReviewState state, DecisionKind kind, string? finalTarget, string? note = null, string? hunks = null)
    {
        var shown = state.Shown!;
        var decide = new DecideEffect(shown.Pair.Id, kind, finalTarget, note ?? state.PendingNote, shown.Effective?.Id) { Hunks = hunks };
        var advance = new NavigateEffect(new Navigation(NavigationKind.AfterDecision, shown.Pair.Ord, state.Filter));
        return new UpdateResult(state with { Mode = ScreenMode.Browse, Prompt = null, Editor = null, PromptLine = null, Hunks = null }, [decide, advance]);
    }

    /// <summary>
    /// A note on a decided pair re-records its decision with the note (history is append-only);
    /// on a pending pair it waits for the decision.
    /// </summary>
    public static UpdateResult AddNote(ReviewState state, string note)
    {
        var browse = state with { Mode = ScreenMode.Browse, Prompt = null };
        var text = note.Trim();
        if (state.Shown is not { } shown || text.Length == 0)
        {
            return UpdateResult.Only(browse);
        }
        if (shown.Effective is not { } effective || effective.Kind == DecisionKind.Undo)
        {
            return UpdateResult.Only(browse with { PendingNote = text, Message = "note kept: it is saved with your decision on this pair" });
        }
        var decide = new DecideEffect(shown.Pair.Id, effective.Kind, effective.FinalTarget, text, effective.Id) { Hunks = effective.Hunks };
        var reload = new NavigateEffect(new Navigation(NavigationKind.Reload, shown.Pair.Ord, state.Filter));
        return new UpdateResult(browse, [decide, reload]);
    }

    public static UpdateResult ExternalEdit(ReviewState state, ExternalEditFinished finished)
    {
        if (finished.Error is { } error)
        {
            return UpdateResult.Only(state with { Message = error });
        }
        var text = TrimFinalNewline(finished.Text ?? "");
        if (state.Shown is not { } shown || text == shown.CurrentTarget)
        {
            return UpdateResult.Only(state with { Message = "unchanged: nothing saved" });
        }
        if (text.Length == 0)
        {
            return UpdateResult.Only(state with { Message = "empty text: nothing saved (x rejects a pair)" });
        }
        return Decide(state, DecisionKind.Edit, text);
    }

    // Editors add a newline at the end of the file; the target never had one.
    private static string TrimFinalNewline(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
}
