using Review.Core.Pairs;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>
    /// The whole decision history, pair by pair in corpus order, oldest first within a pair, streamed
    /// from the store's own connection. Unlike SQLite, a pair's id is not its place in the corpus
    /// here, so the rows are ordered by the pair's ord.
    /// </summary>
    public IEnumerable<Decision> HistoryInCorpusOrder()
    {
        using var command = Command($"SELECT {PgRows.DecisionColumns} FROM decisions d JOIN pairs p ON p.id = d.pair_id ORDER BY p.ord, d.id");
        using var reader = Guard("read the database", () => command.ExecuteReader());
        while (Guard("read the database", reader.Read))
        {
            yield return PgRows.Decision(reader);
        }
    }

    /// <summary>
    /// <see cref="DecideIfCurrent"/> for an adjudicator: the pair's row lock orders the check and the
    /// write against every other decision on the pair, and the decision is stored with the
    /// adjudication role as the pair's effective one.
    /// </summary>
    public Decision? Adjudicate(PairId pair, long? expectedDecisionId, DecisionKind kind, string? finalTarget, string adjudicator, string? note = null)
    {
        RequireDecidable(kind, finalTarget);
        return Write("save the adjudication", () =>
        {
            var current = LockState(pair);
            var holder = LiveClaimant(pair);
            if (current.DecisionId != expectedDecisionId || (holder is not null && holder != adjudicator))
            {
                return null;
            }
            return Append(pair, current, kind, finalTarget, adjudicator, note, role: DecisionRole.Adjudication);
        });
    }
}
