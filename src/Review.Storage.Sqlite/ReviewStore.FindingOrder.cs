using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

/// <summary>
/// The queue in findings order: pairs with an error finding first, then those whose worst finding
/// is a warning, then the rest, in corpus order within each tier. A tier is named by its worst
/// severity (Error, Warning) or null for the rest (info findings or none). Every step is one
/// keyset query on the pairs and the findings index, never an OFFSET and never the whole corpus.
/// </summary>
public sealed partial class ReviewStore
{
    /// <summary>The tier of a pair: its worst error or warning finding, or null.</summary>
    public Severity? FindingTierOf(PairId id)
    {
        using var command = Command(
            "SELECT max(CASE severity WHEN 'error' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END) FROM findings WHERE pair_id = $id",
            ("$id", id.Value));
        return command.ExecuteScalar() switch
        {
            2L => Severity.Error,
            1L => Severity.Warning,
            _ => null,
        };
    }

    /// <summary>The first pair of the tier after <paramref name="afterOrd"/>.</summary>
    public Pair? NextInTier(Severity? tier, long afterOrd) =>
        SinglePair($"SELECT {PairRows.Columns} FROM pairs p WHERE p.id > $after AND {TierCondition(tier)} ORDER BY p.id LIMIT 1",
            ("$after", afterOrd));

    /// <summary>The last pair of the tier before <paramref name="beforeOrd"/>.</summary>
    public Pair? PreviousInTier(Severity? tier, long beforeOrd) =>
        SinglePair($"SELECT {PairRows.Columns} FROM pairs p WHERE p.id < $before AND {TierCondition(tier)} ORDER BY p.id DESC LIMIT 1",
            ("$before", beforeOrd));

    /// <summary>
    /// The first pending pair of the tier after <paramref name="afterOrd"/> that no other annotator
    /// holds a live claim on; no wrapping (the caller walks the tiers and wraps).
    /// </summary>
    public Pair? NextPendingInTier(Severity? tier, long afterOrd, string annotator) => SinglePair($"""
        SELECT {PairRows.Columns} FROM pairs p INDEXED BY pairs_pending
        WHERE p.status = 'pending' AND p.id > $after AND {TierCondition(tier)} AND NOT {EmptiedByMerge}
          AND NOT EXISTS (SELECT 1 FROM claims c
                          WHERE c.pair_id = p.id AND c.annotator <> $annotator AND c.expires_ms > {DatabaseNowMs})
        ORDER BY p.id LIMIT 1
        """, ("$after", afterOrd), ("$annotator", annotator));

    private static string TierCondition(Severity? tier) => tier switch
    {
        Severity.Error => Has("'error'"),
        Severity.Warning => Has("'warning'") + " AND NOT " + Has("'error'"),
        _ => "NOT " + Has("'error', 'warning'"),
    };

    private static string Has(string severities) =>
        $"EXISTS (SELECT 1 FROM findings f WHERE f.pair_id = p.id AND f.severity IN ({severities}))";
}
