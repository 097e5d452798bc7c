namespace Review.Core.Pairs;

/// <summary>
/// Under overlap each annotator has their own decision in force on a pair: their latest decision
/// that is neither an undo nor a realign (a change of alignment is history only, never a decision
/// in force) and that no undo cancelled. Written once here so every backend agrees.
/// </summary>
public static class DecisionsInForce
{
    /// <summary>Each annotator's decision in force, from a pair's whole history (any order).</summary>
    public static IReadOnlyDictionary<string, Decision> ByAnnotator(IEnumerable<Decision> history)
    {
        var decisions = history.OrderBy(d => d.Id).ToList();
        var undone = decisions.Where(d => d.Kind == DecisionKind.Undo && d.Supersedes is not null).Select(d => d.Supersedes!.Value).ToHashSet();
        var inForce = new Dictionary<string, Decision>(StringComparer.Ordinal);
        foreach (var decision in decisions.Where(d => d.Kind is not (DecisionKind.Undo or DecisionKind.Realign) && !undone.Contains(d.Id)))
        {
            inForce[decision.Annotator] = decision;
        }
        return inForce;
    }

    /// <summary>
    /// The pair's status and effective decision under overlap: pending (no effective decision) until
    /// <paramref name="overlap"/> annotators have decided it, then the latest decision in force.
    /// </summary>
    public static (PairStatus Status, Decision? Effective) PairState(IReadOnlyDictionary<string, Decision> inForce, int overlap)
    {
        if (inForce.Count < overlap || inForce.Count == 0)
        {
            return (PairStatus.Pending, null);
        }
        var latest = inForce.Values.MaxBy(d => d.Id)!;
        return (StatusRules.After(latest.Kind), latest);
    }
}
