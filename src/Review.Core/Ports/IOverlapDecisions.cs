using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// Decisions under overlap (see <see cref="IWorkQueue.Overlap"/>): each annotator keeps their own
/// decision in force on a pair, revising or undoing only their own. A pair stays pending until
/// overlap-many annotators have a decision in force; it then takes the status of the latest of
/// them (and that decision is its effective one, which export and stats read).
/// </summary>
public interface IOverlapDecisions
{
    /// <summary>
    /// Records the annotator's decision on the pair only while their own decision in force is still
    /// <paramref name="expectedOwnDecisionId"/> (null: none), no other annotator holds a live lease on it,
    /// and (for a first decision) fewer than overlap annotators have decided it. Checked and written in
    /// one transaction; null, recording nothing, otherwise.
    /// </summary>
    Decision? DecideOwn(PairId pair, long? expectedOwnDecisionId, DecisionKind kind, string? finalTarget, string annotator,
        string? note = null, string? hunks = null);

    /// <summary>Cancels the annotator's latest decision still in force; null when there is none.</summary>
    Decision? UndoOwn(string annotator);

    /// <summary>The annotator's own decision in force on the pair, if any.</summary>
    Decision? OwnDecision(PairId pair, string annotator);

    /// <summary>How many annotators have a decision in force on the pair.</summary>
    int DecisionCount(PairId pair);
}
