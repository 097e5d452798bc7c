using Review.Core.Pairs;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>The one way a decision enters the history; an import that restores decisions writes the same columns.</summary>
    internal const string InsertDecisionSql = """
        INSERT INTO decisions (pair_id, kind, raw_fields, final_target, annotator, at, note, supersedes, hunks, role)
        VALUES (@pair, @kind, @raw, @final_target, @annotator, @at, @note, @supersedes, @hunks, @role) RETURNING id
        """;

    public Decision Decide(PairId pair, DecisionKind kind, string? finalTarget, string annotator, string? note = null)
    {
        RequireDecidable(kind, finalTarget);
        return Write("save the decision", () => Append(pair, LockState(pair), kind, finalTarget, annotator, note));
    }

    public Decision? DecideIfCurrent(PairId pair, long? expectedDecisionId, DecisionKind kind, string? finalTarget, string annotator, string? note = null,
        string? hunks = null)
    {
        RequireDecidable(kind, finalTarget);
        return Write("save the decision", () =>
        {
            // The pair's row lock orders this against every other decision and claim on the pair
            // (SQLite gets the same from its single writer); under MVCC, without it, two annotators
            // could both read the same current decision and both append on top of it.
            var current = LockState(pair);
            var holder = LiveClaimant(pair);
            if (current.DecisionId != expectedDecisionId || (holder is not null && holder != annotator))
            {
                return null;
            }
            return Append(pair, current, kind, finalTarget, annotator, note, hunks);
        });
    }

    public Decision? Undo(string annotator) => Write("undo the decision", () =>
    {
        // Ids come from a sequence, so among one annotator's decisions the highest is the latest.
        var undone = SingleDecision($"""
            SELECT {PgRows.DecisionColumns} FROM decisions d JOIN pairs p ON p.decision_id = d.id
            WHERE d.annotator = @annotator ORDER BY d.id DESC LIMIT 1 FOR NO KEY UPDATE OF p
            """, ("annotator", annotator));
        if (undone is null)
        {
            return null;
        }
        var undo = new Decision(0, undone.PairId, DecisionKind.Undo, null, annotator, NowToTheMillisecond(), null, undone.Id);
        undo = undo with { Id = InsertDecision(undo) };
        var restored = undone.Supersedes is long previous
            ? SingleDecision($"SELECT {PgRows.DecisionColumns} FROM decisions d WHERE d.id = @id", ("id", previous))
            : null;
        SetState(undone.PairId, restored is null ? PairStatus.Pending : StatusRules.After(restored.Kind), restored?.Id);
        return undo;
    });

    internal static (string Name, object? Value)[] DecisionParameters(Decision decision)
    {
        var (values, raw) = PgRows.Encode((decision.FinalTarget, PgRows.FinalTargetBit), (decision.Note, PgRows.NoteBit));
        return
        [
            ("pair", decision.PairId.Value), ("kind", PairNames.Of(decision.Kind)), ("raw", raw), ("final_target", values[0]),
            ("annotator", PgText.Plain(decision.Annotator, "annotator name")), ("at", decision.At.UtcDateTime), ("note", values[1]),
            ("supersedes", decision.Supersedes), ("hunks", decision.Hunks), ("role", PgNames.Of(decision.Role)),
        ];
    }

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

    /// <summary>The pair's texts and effective decision, with its row locked until the transaction ends.</summary>
    private PairState LockState(PairId pair)
    {
        using var command = Command("SELECT raw_fields, target, suggestion, decision_id FROM pairs WHERE id = @id FOR NO KEY UPDATE", ("id", pair.Value));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw UnknownPair(pair);
        }
        var raw = reader.GetInt32(0);
        return new PairState(
            PgRows.Text(reader, 1, raw, PgRows.TargetBit)!,
            PgRows.Text(reader, 2, raw, PgRows.SuggestionBit),
            reader.IsDBNull(3) ? null : reader.GetInt64(3));
    }

    private long InsertDecision(Decision decision) => Scalar(InsertDecisionSql, DecisionParameters(decision));

    private void SetState(PairId pair, PairStatus status, long? decisionId) =>
        Execute("UPDATE pairs SET status = @status, decision_id = @decision WHERE id = @id",
            ("status", PairNames.Of(status)), ("decision", decisionId), ("id", pair.Value));

    private sealed record PairState(string Target, string? Suggestion, long? DecisionId);
}
