using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    /// <summary>
    /// Appends a decision and moves the pair to its status, in one transaction committed before
    /// returning. Accept records the target as it stands, take-suggestion the pair's suggestion,
    /// unless <paramref name="finalTarget"/> gives the text; edit requires it.
    /// </summary>
    public Decision Decide(PairId pair, DecisionKind kind, string? finalTarget, string annotator, string? note = null)
    {
        RequireDecidable(kind, finalTarget);
        return Write(() => Append(pair, CurrentState(pair), kind, finalTarget, annotator, note));
    }

    /// <summary>
    /// <see cref="Decide"/> for an annotator who may have been overtaken: records the decision only
    /// while the pair's effective decision is still <paramref name="expectedDecisionId"/> (null: none)
    /// and no other annotator holds a live claim on it. Check and write are one transaction, so no
    /// other process can slip in between; returns null, recording nothing, when the pair moved on.
    /// </summary>
    public Decision? DecideIfCurrent(PairId pair, long? expectedDecisionId, DecisionKind kind, string? finalTarget, string annotator, string? note = null,
        string? hunks = null)
    {
        RequireDecidable(kind, finalTarget);
        return Write(() =>
        {
            var current = CurrentState(pair);
            var holder = LiveClaimant(pair);
            if (current.DecisionId != expectedDecisionId || (holder is not null && holder != annotator))
            {
                return null;
            }
            return Append(pair, current, kind, finalTarget, annotator, note, hunks);
        });
    }

    /// <summary>
    /// Cancels the annotator's most recent decision that is still in effect: appends an undo that
    /// supersedes it and gives the pair back the decision it had superseded (or pending).
    /// Returns null when the annotator has nothing left to undo.
    /// </summary>
    public Decision? Undo(string annotator) => Write(() =>
    {
        var undone = LastEffectiveDecision(annotator);
        if (undone is null)
        {
            return null;
        }
        var undo = new Decision(0, undone.PairId, DecisionKind.Undo, null, annotator, NowToTheMillisecond(), null, undone.Id);
        undo = undo with { Id = InsertDecision(undo) };
        var restored = undone.Supersedes is long previous ? DecisionById(previous) : null;
        SetState(undone.PairId, restored is null ? PairStatus.Pending : StatusRules.After(restored.Kind), restored?.Id);
        return undo;
    });

    private static void RequireDecidable(DecisionKind kind, string? finalTarget)
    {
        if (kind is DecisionKind.Undo or DecisionKind.Realign)
        {
            throw new ArgumentException("an undo is recorded with Undo(annotator), a realign with Realign", nameof(kind));
        }
        if (kind == DecisionKind.Edit && finalTarget is null)
        {
            throw new ArgumentException("an edit needs the edited text", nameof(finalTarget));
        }
    }

    private Decision Append(PairId pair, PairState current, DecisionKind kind, string? finalTarget, string annotator, string? note, string? hunks = null,
        DecisionRole role = DecisionRole.Annotation)
    {
        var text = DecisionTexts.Recorded(pair, kind, finalTarget, current.Target, current.Suggestion);
        var decision = new Decision(0, pair, kind, text, annotator, NowToTheMillisecond(), note, current.DecisionId) { Hunks = hunks, Role = role };
        decision = decision with { Id = InsertDecision(decision) };
        SetState(pair, StatusRules.After(kind), decision.Id);
        return decision;
    }

    private PairState CurrentState(PairId pair)
    {
        using var command = Command("SELECT target, suggestion, decision_id FROM pairs WHERE id = $id", ("$id", pair.Value));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw UnknownPair(pair);
        }
        return new PairState(StoredText.ReadRequired(reader, 0), StoredText.Read(reader, 1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
    }

    private Decision? LastEffectiveDecision(string annotator) => SingleDecision($"""
        SELECT {DecisionRows.Columns} FROM decisions d JOIN pairs p ON p.decision_id = d.id
        WHERE d.annotator = $annotator ORDER BY d.id DESC LIMIT 1
        """, ("$annotator", annotator));

    private Decision? DecisionById(long id) =>
        SingleDecision($"SELECT {DecisionRows.Columns} FROM decisions d WHERE d.id = $id", ("$id", id));

    private long InsertDecision(Decision decision) => Scalar(InsertDecisionSql, DecisionParameters(decision));

    private void SetState(PairId pair, PairStatus status, long? decisionId)
    {
        using var command = Command(SetStateSql, StateParameters(pair, status, decisionId));
        command.ExecuteNonQuery();
    }

    private sealed record PairState(string Target, string? Suggestion, long? DecisionId);
}
