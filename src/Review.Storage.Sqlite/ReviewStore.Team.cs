using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    /// <summary>
    /// The whole decision history, pair by pair in corpus order (a pair's id is its position here),
    /// oldest first within a pair: one walk of the decisions_pair index, streamed row by row.
    /// </summary>
    public IEnumerable<Decision> HistoryInCorpusOrder()
    {
        using var command = Command($"SELECT {DecisionRows.Columns} FROM decisions d ORDER BY d.pair_id, d.id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return DecisionRows.Read(reader);
        }
    }

    /// <summary>
    /// <see cref="DecideIfCurrent"/> for an adjudicator: the decision is stored with the adjudication
    /// role, becomes the pair's effective decision (so export and the status follow it), and shows
    /// as such in the history. Check and write are one transaction.
    /// </summary>
    public Decision? Adjudicate(PairId pair, long? expectedDecisionId, DecisionKind kind, string? finalTarget, string adjudicator, string? note = null)
    {
        RequireDecidable(kind, finalTarget);
        return Write(() =>
        {
            var current = CurrentState(pair);
            var holder = LiveClaimant(pair);
            if (current.DecisionId != expectedDecisionId || (holder is not null && holder != adjudicator))
            {
                return null;
            }
            return Append(pair, current, kind, finalTarget, adjudicator, note, role: DecisionRole.Adjudication);
        });
    }
}
