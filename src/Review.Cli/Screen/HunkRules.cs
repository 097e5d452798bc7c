using Review.Core.Pairs;
using Review.Core.Text;

namespace Review.Cli.Screen;

/// <summary>
/// Hunk stepping, as git add -p does it for a sentence: <c>]</c> starts it on the diff against the
/// suggestion, y/n take or leave a hunk, Y/N the rest, Esc ends it, and <c>a</c> saves the text as shown.
/// </summary>
internal static class HunkRules
{
    public static UpdateResult Command(ReviewState state, ReviewCommand command)
    {
        if (state.Hunks is not { } steps)
        {
            return command is ReviewCommand.NextHunk or ReviewCommand.PreviousHunk
                ? UpdateResult.Only(Start(state, command == ReviewCommand.NextHunk))
                : UpdateResult.Only(state);
        }
        var next = command switch
        {
            ReviewCommand.NextHunk => steps.Move(1),
            ReviewCommand.PreviousHunk => steps.Move(-1),
            ReviewCommand.TakeHunk => steps.Choose(take: true, rest: false),
            ReviewCommand.LeaveHunk => steps.Choose(take: false, rest: false),
            ReviewCommand.TakeRemainingHunks => steps.Choose(take: true, rest: true),
            ReviewCommand.LeaveRemainingHunks => steps.Choose(take: false, rest: true),
            _ => null,
        };
        return UpdateResult.Only(state with { Hunks = next, RevealGuess = next is not null });
    }

    /// <summary>Starts stepping at the first hunk (or the last, going back); a message when there is nothing to step through.</summary>
    public static ReviewState Start(ReviewState state, bool forward)
    {
        if (state.Shown is { ClaimedBy: { } other })
        {
            return state with { Message = $"{other} is reviewing this pair: not changed" };
        }
        if (ScreenDiffs.Against(state) is not { } diff || DiffHunks.Of(diff).Count == 0)
        {
            return state with { Message = "no hunks: the target already equals the suggestion, or there is none" };
        }
        var steps = new HunkSteps(state.GuessedTarget, diff, 1, []);
        return state with { Hunks = forward ? steps : steps.Move(steps.Count), DiffOn = true, RevealGuess = true };
    }

    /// <summary>Saves the text as shown: every hunk taken is the suggestion, none is an accept, some an edit.</summary>
    public static UpdateResult Save(ReviewState state, HunkSteps steps)
    {
        var shown = state.Shown!;
        if (steps.Taken.Count == steps.Count && shown.Suggestion is { } suggestion)
        {
            return DecisionRules.Decide(state, DecisionKind.TakeSuggestion, suggestion, hunks: steps.Record);
        }
        var text = steps.Text;
        return text == shown.CurrentTarget
            ? DecisionRules.Decide(state, DecisionKind.Accept, shown.Pair.Target, hunks: steps.Record)
            : DecisionRules.Decide(state, DecisionKind.Edit, text, hunks: steps.Record);
    }

    /// <summary>Keeps stepping across a change of granularity (the hunks are cut again); ends it when the diff goes off.</summary>
    public static ReviewState Regranulate(ReviewState state) =>
        state.Hunks is null ? state : Start(state with { Hunks = null }, forward: true);
}
