namespace Review.Core.Pairs;

/// <summary>
/// What a change of alignment moves about: a pair's source, target and suggested fix, and the
/// encoding repair's record of the target (kept while the target stays, so undo restores it too).
/// </summary>
public sealed record AlignedTexts(string Source, string Target, string? Suggestion)
{
    /// <summary>The target as imported, when the importer repaired it (<see cref="Pair.OriginalTarget"/>).</summary>
    public string? OriginalTarget { get; init; }

    /// <summary>The repair's guesses (<see cref="Pair.RepairJson"/>), offsets into <see cref="Target"/>.</summary>
    public string? RepairJson { get; init; }

    public static AlignedTexts Of(Pair pair) =>
        new(pair.Source, pair.Target, pair.Suggestion) { OriginalTarget = pair.OriginalTarget, RepairJson = pair.RepairJson };
}
