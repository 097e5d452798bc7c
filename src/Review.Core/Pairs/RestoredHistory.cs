namespace Review.Core.Pairs;

/// <summary>
/// The rules for a pair's history restored from review's own export (the LiteDB file's decisions,
/// or the per-annotator list of a JSONL export with decisions), written once for every backend's
/// import batch: what a history must hold, and the state it leaves the pair in.
/// </summary>
public static class RestoredHistory
{
    /// <summary>
    /// Refuses a history a store could not hold as it was: a number used twice, a decision that
    /// records no text where it must, an undo of nothing earlier in the history, or an effective
    /// decision that is not one of its decisions (or is an undo).
    /// </summary>
    public static void Validate(IReadOnlyList<Decision> history, long? effective)
    {
        var ids = new HashSet<long>();
        foreach (var decision in history)
        {
            if (!ids.Add(decision.Id))
            {
                throw new ArgumentException($"decision {decision.Id} appears twice in the history", nameof(history));
            }
            if (decision.Kind is DecisionKind.Accept or DecisionKind.TakeSuggestion or DecisionKind.Edit && decision.FinalTarget is null)
            {
                throw new ArgumentException($"a restored {PairNames.Of(decision.Kind)} needs the text it recorded", nameof(history));
            }
            if (decision.Kind == DecisionKind.Undo && (decision.Supersedes is not { } undone || !ids.Contains(undone)))
            {
                throw new ArgumentException($"undo {decision.Id} cancels no earlier decision of the history", nameof(history));
            }
        }
        if (effective is { } id && !history.Any(d => d.Id == id && d.Kind != DecisionKind.Undo))
        {
            throw new ArgumentException($"the effective decision {id} is not a decision of the history", nameof(effective));
        }
    }

    /// <summary>
    /// The pair's status and decider count once its history is stored: the effective decision's
    /// status (pending without one), and how many annotators have a decision in force, as the
    /// overlap decisions count them (<see cref="DecisionsInForce"/>), so the queue never hands the
    /// pair to one of them again.
    /// </summary>
    public static (PairStatus Status, int Deciders) StateOf(IReadOnlyList<Decision> stored, Decision? effective) =>
        (effective is null ? PairStatus.Pending : StatusRules.After(effective.Kind), DecisionsInForce.ByAnnotator(stored).Count);
}
