using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// What a team's agreement and adjudication need from the store: every annotator's decisions at
/// once, and a way to record an adjudicator's final word. Which decision is an annotator's current
/// one is a rule of Core (Agreement.CurrentDecisions), not of a backend.
/// </summary>
public interface ITeamDecisions
{
    /// <summary>
    /// The whole decision history, undos included, grouped by pair in corpus order and oldest first
    /// within a pair; streamed, so memory stays flat at any corpus size. Enumerate it to the end
    /// (or dispose it) before using the store for anything else.
    /// </summary>
    IEnumerable<Decision> HistoryInCorpusOrder();

    /// <summary>
    /// Records an adjudication (<see cref="DecisionRole.Adjudication"/>) as the pair's effective
    /// decision, under the same rules as <see cref="IDecisionLog.DecideIfCurrent"/>: only while the
    /// pair's effective decision is still <paramref name="expectedDecisionId"/> and no other annotator
    /// holds a live claim on it; null, recording nothing, otherwise.
    /// </summary>
    Decision? Adjudicate(PairId pair, long? expectedDecisionId, DecisionKind kind, string? finalTarget, string adjudicator, string? note = null);
}
