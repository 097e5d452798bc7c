using Review.Core.Pairs;
using Review.Core.Session;

namespace Review.Cli.Screen;

/// <summary>
/// Runs the effects that touch the store by asking the session, and turns its answers into the
/// screen's actions. Each decision is committed before this returns, so the pair after it is only
/// loaded once COMMIT has returned. StoreBusyException escapes to the loop, which shows "NOT SAVED" and retries.
/// </summary>
/// While adjudicating, decisions, undo and navigation go to the <see cref="Adjudication"/> instead.
internal sealed class StoreEffects(ReviewSession session, Adjudication? adjudication = null)
{
    public EffectOutcome Run(ReviewEffect effect) => effect switch
    {
        DecideEffect decide => Decide(decide),
        UndoEffect => Undo(),
        NavigateEffect navigate => Navigate(navigate.To),
        RealignEffect realign => Realign(realign),
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect, "not a store effect"),
    };

    private EffectOutcome Decide(DecideEffect decide)
    {
        var outcome = adjudication?.Decide(decide.Pair, decide.Kind, decide.FinalTarget, decide.Note, decide.ExpectedDecisionId)
            ?? session.Decide(decide.Pair, decide.Kind, decide.FinalTarget, decide.Note, decide.ExpectedDecisionId, decide.Hunks);
        if (outcome.Change is { } change)
        {
            return EffectOutcome.Then(Committed(change, isUndo: false));
        }
        if (outcome.Unchanged is { } unchanged)
        {
            return EffectOutcome.Then(new Notice(unchanged));
        }
        var conflict = new ConflictDetected(outcome.Refusal!);
        return outcome.Current is { } current ? EffectOutcome.Stop(new PairShown(current), conflict) : EffectOutcome.Stop(conflict);
    }

    private EffectOutcome Realign(RealignEffect realign)
    {
        var outcome = realign.Operation switch
        {
            AlignmentOperation.Merge => session.Merge(realign.Pair),
            AlignmentOperation.Split => session.Split(realign.Pair, realign.SourceCut, realign.TargetCut),
            _ => session.ShiftTarget(realign.Pair, down: realign.Operation == AlignmentOperation.ShiftDown),
        };
        return Realigned(outcome);
    }

    private static EffectOutcome Realigned(AlignmentOutcome outcome)
    {
        ReviewAction said = outcome.Done ? new Notice(outcome.Message) : new ConflictDetected(outcome.Message);
        return outcome.Shown is { } shown ? EffectOutcome.Then(new PairShown(shown), said) : EffectOutcome.Then(said);
    }

    private EffectOutcome Undo()
    {
        // Changes of alignment and decisions are undone in the order they were made, newest first.
        if (adjudication is null && session.UndoAlignment() is { } realigned)
        {
            return Realigned(realigned);
        }
        if ((adjudication is null ? session.Undo() : adjudication.Undo()) is not { } undo)
        {
            return EffectOutcome.Stop(new Notice("nothing to undo"));
        }
        var committed = Committed(undo.Change, isUndo: true);
        return undo.Shown is { } shown ? EffectOutcome.Then(committed, new PairShown(shown)) : EffectOutcome.Then(committed);
    }

    private EffectOutcome Navigate(Navigation to)
    {
        var outcome = adjudication?.Navigate(to) ?? session.Navigate(to);
        var actions = new List<ReviewAction>();
        if (outcome.Pair is { } pair)
        {
            actions.Add(new PairShown(pair));
        }
        if (outcome.Message is { } message)
        {
            actions.Add(new Notice(message));
        }
        return new EffectOutcome(actions, true);
    }

    private static DecisionCommitted Committed(StatusChange change, bool isUndo) =>
        new(change.Pair, change.Before, change.After, isUndo);
}
