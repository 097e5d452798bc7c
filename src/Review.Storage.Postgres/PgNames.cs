using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Postgres;

/// <summary>Kinds, statuses and severities are stored by their wire names, as on SQLite.</summary>
internal static class PgNames
{
    private static readonly Dictionary<string, PairStatus> Statuses = Enum.GetValues<PairStatus>().ToDictionary(PairNames.Of);

    private static readonly Dictionary<string, DecisionKind> Kinds = Enum.GetValues<DecisionKind>().ToDictionary(PairNames.Of);

    public static PairStatus Status(string name) =>
        Statuses.TryGetValue(name, out var status) ? status : throw new InvalidDataException($"unknown pair status '{name}' in the database");

    public static DecisionKind Kind(string name) =>
        Kinds.TryGetValue(name, out var kind) ? kind : throw new InvalidDataException($"unknown decision kind '{name}' in the database");

    /// <summary>NULL is an annotation, as on SQLite; only an adjudication is named.</summary>
    public static string? Of(DecisionRole role) => role == DecisionRole.Adjudication ? "adjudication" : null;

    public static DecisionRole Role(string name) =>
        name == "adjudication" ? DecisionRole.Adjudication : throw new InvalidDataException($"unknown decision role '{name}' in the database");

    public static string Of(Severity severity) => severity switch
    {
        Review.Core.Checks.Severity.Info => "info",
        Review.Core.Checks.Severity.Warning => "warning",
        Review.Core.Checks.Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static Severity SeverityOf(string name) => name switch
    {
        "info" => Review.Core.Checks.Severity.Info,
        "warning" => Review.Core.Checks.Severity.Warning,
        "error" => Review.Core.Checks.Severity.Error,
        _ => throw new InvalidDataException($"unknown finding severity '{name}' in the database"),
    };
}
