using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

/// <summary>Kinds and statuses are stored by their wire names; this maps them back without scanning enums per row.</summary>
internal static class StoredNames
{
    private static readonly Dictionary<string, PairStatus> Statuses =
        Enum.GetValues<PairStatus>().ToDictionary(PairNames.Of);

    private static readonly Dictionary<string, DecisionKind> Kinds =
        Enum.GetValues<DecisionKind>().ToDictionary(PairNames.Of);

    public static PairStatus Status(string name) =>
        Statuses.TryGetValue(name, out var status) ? status : throw new InvalidDataException($"unknown pair status '{name}' in the database");

    /// <summary>The stored name of a role; an annotation is stored as NULL, as every decision made before roles existed is.</summary>
    public static string? Of(DecisionRole role) => role == DecisionRole.Adjudication ? "adjudication" : null;

    public static DecisionRole Role(string name) =>
        name == "adjudication" ? DecisionRole.Adjudication : throw new InvalidDataException($"unknown decision role '{name}' in the database");

    public static DecisionKind Kind(string name) =>
        Kinds.TryGetValue(name, out var kind) ? kind : throw new InvalidDataException($"unknown decision kind '{name}' in the database");
}
