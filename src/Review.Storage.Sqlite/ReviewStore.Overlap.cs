using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    public Decision? DecideOwn(PairId pair, long? expectedOwnDecisionId, DecisionKind kind, string? finalTarget, string annotator,
        string? note = null, string? hunks = null)
    {
        RequireDecidable(kind, finalTarget);
        return Write(() =>
        {
            var current = CurrentState(pair);
            var holder = LiveClaimant(pair);
            var inForce = DecisionsInForce.ByAnnotator(History(pair));
            var own = inForce.GetValueOrDefault(annotator);
            if (own?.Id != expectedOwnDecisionId || (holder is not null && holder != annotator)
                || (own is null && inForce.Count >= Overlap()))
            {
                return null;
            }
            var text = DecisionTexts.Recorded(pair, kind, finalTarget, current.Target, current.Suggestion);
            // Under overlap a decision supersedes only its own annotator's earlier one, never a colleague's.
            var decision = new Decision(0, pair, kind, text, annotator, NowToTheMillisecond(), note, own?.Id) { Hunks = hunks };
            decision = decision with { Id = InsertDecision(decision) };
            Recount(pair);
            return decision;
        });
    }

    public Decision? UndoOwn(string annotator) => Write(() =>
    {
        var undone = SingleDecision($"""
            SELECT {DecisionRows.Columns} FROM decisions d
            WHERE d.annotator = $annotator AND d.kind <> 'undo'
              AND NOT EXISTS (SELECT 1 FROM decisions u WHERE u.supersedes = d.id AND u.kind = 'undo')
            ORDER BY d.id DESC LIMIT 1
            """, ("$annotator", annotator));
        if (undone is null)
        {
            return null;
        }
        var undo = new Decision(0, undone.PairId, DecisionKind.Undo, null, annotator, NowToTheMillisecond(), null, undone.Id);
        undo = undo with { Id = InsertDecision(undo) };
        Recount(undone.PairId);
        return undo;
    });

    public Decision? OwnDecision(PairId pair, string annotator) => DecisionsInForce.ByAnnotator(History(pair)).GetValueOrDefault(annotator);

    public int DecisionCount(PairId pair) => DecisionsInForce.ByAnnotator(History(pair)).Count;

    /// <summary>Derives the pair's status, effective decision and decider count from its history, inside the write.</summary>
    private void Recount(PairId pair)
    {
        var inForce = DecisionsInForce.ByAnnotator(History(pair));
        var (status, effective) = DecisionsInForce.PairState(inForce, Overlap());
        using var command = Command(SetStateSql + "; UPDATE pairs SET deciders = $deciders WHERE id = $id",
            [.. StateParameters(pair, status, effective?.Id), ("$deciders", inForce.Count)]);
        command.ExecuteNonQuery();
    }
}
