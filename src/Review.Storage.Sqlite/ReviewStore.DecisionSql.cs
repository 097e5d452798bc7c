using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    /// <summary>The one way a decision enters the history; an import that restores decisions runs the same SQL (see <see cref="DecisionRestore"/>).</summary>
    internal const string InsertDecisionSql = """
        INSERT INTO decisions (pair_id, kind, final_target, annotator, at, note, supersedes, hunks, role)
        VALUES ($pair, $kind, $final_target, $annotator, $at, $note, $supersedes, $hunks, $role) RETURNING id
        """;

    /// <summary>Moves a pair to the status its effective decision gives; the status_counts trigger follows.</summary>
    internal const string SetStateSql = "UPDATE pairs SET status = $status, decision_id = $decision WHERE id = $id";

    internal static (string Name, object? Value)[] DecisionParameters(Decision decision) =>
    [
        ("$pair", decision.PairId.Value), ("$kind", PairNames.Of(decision.Kind)), ("$final_target", StoredText.Value(decision.FinalTarget)),
        ("$annotator", decision.Annotator), ("$at", DecisionTime.Write(decision.At)), ("$note", StoredText.Value(decision.Note)),
        ("$supersedes", decision.Supersedes), ("$hunks", decision.Hunks),
        ("$role", StoredNames.Of(decision.Role)),
    ];

    internal static (string Name, object? Value)[] StateParameters(PairId pair, PairStatus status, long? decisionId) =>
    [
        ("$status", PairNames.Of(status)), ("$decision", decisionId), ("$id", pair.Value),
    ];
}
