namespace Review.Core.Checks;

/// <summary>What a run of the checks over a database found: pairs checked, pairs with findings,
/// pairs whose stored findings changed, and the number of findings per check and severity.</summary>
public sealed record CheckSummary(
    long Pairs,
    long PairsWithFindings,
    long PairsUpdated,
    IReadOnlyDictionary<(string CheckId, Severity Severity), long> Counts);
