using System.Globalization;
using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    private const string OverlapSetting = "overlap";

    // Free of others' live leases, and (under overlap, or on a pair whose deciders an import restored
    // from an overlap export) never decided by this annotator: one clause for every step of the queue.
    private const string OpenToAnnotator = $"""
        NOT EXISTS (SELECT 1 FROM claims c WHERE c.pair_id = p.id AND c.annotator <> $annotator AND c.expires_ms > {DatabaseNowMs})
        AND (($overlap = 1 AND p.deciders = 0) OR NOT EXISTS (SELECT 1 FROM decisions d WHERE d.pair_id = p.id AND d.annotator = $annotator))
        AND NOT {EmptiedByMerge}
        """;

    public int Overlap()
    {
        using var command = Command("SELECT value FROM settings WHERE name = $name", ("$name", OverlapSetting));
        return command.ExecuteScalar() is string value ? int.Parse(value, CultureInfo.InvariantCulture) : 1;
    }

    public void SetOverlap(int decisionsPerPair)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(decisionsPerPair, 1);
        Write(() =>
        {
            if (Overlap() == decisionsPerPair)
            {
                return 0;
            }
            if (Scalar("SELECT EXISTS (SELECT 1 FROM decisions)") != 0)
            {
                throw new InvalidOperationException(
                    $"{Path}: decisions are already recorded under overlap {Overlap()}; overlap is chosen before the work starts");
            }
            return WriteOverlap(decisionsPerPair);
        });
    }

    internal int WriteOverlap(int decisionsPerPair)
    {
        using var command = Command("""
            INSERT INTO settings (name, value) VALUES ($name, $value)
            ON CONFLICT (name) DO UPDATE SET value = excluded.value
            """, ("$name", OverlapSetting), ("$value", decisionsPerPair.ToString(CultureInfo.InvariantCulture)));
        return command.ExecuteNonQuery();
    }

    public Pair? ClaimNextFor(long afterOrd, string annotator, TimeSpan lease) =>
        WriteLease(() => ClaimFound(InQueueOrder(afterOrd, annotator, AnyTier, wrap: true), annotator, lease));

    /// <summary>
    /// The queue's order within one tier of the findings order (<c>review open --order findings</c>):
    /// pairs colleagues started, then the annotator's slice, then any pending pair of the tier. Pending
    /// pairs do not wrap: the caller walks the tiers and wraps.
    /// </summary>
    public Pair? ClaimNextPendingInTier(Severity? tier, long afterOrd, string annotator, TimeSpan lease) =>
        WriteLease(() => ClaimFound(InQueueOrder(afterOrd, annotator, TierCondition(tier), wrap: false), annotator, lease));

    public bool RenewClaim(PairId pair, string annotator, TimeSpan lease) => WriteLease(() =>
    {
        using var renew = Command($"""
            UPDATE claims SET expires_ms = {DatabaseNowMs} + $lease_ms
            WHERE pair_id = $pair AND annotator = $annotator AND expires_ms > {DatabaseNowMs}
            """, ("$pair", pair.Value), ("$annotator", annotator), ("$lease_ms", (long)lease.TotalMilliseconds));
        return renew.ExecuteNonQuery() == 1 || ClaimIfFree(pair, annotator, lease);
    });

    public int Colleagues(string annotator) => (int)Scalar(
        $"SELECT count(DISTINCT annotator) FROM claims WHERE annotator <> $annotator AND expires_ms > {DatabaseNowMs}",
        ("$annotator", annotator));

    // The corpus order's "tier": every pair.
    private const string AnyTier = "1";

    private static string StartedSql(string tier) => $"""
        SELECT {PairRows.Columns} FROM pairs p INDEXED BY pairs_started
        WHERE p.status = 'pending' AND p.deciders > 0 AND p.id > $after AND p.id <= $upto AND {tier} AND {OpenToAnnotator}
        ORDER BY p.id LIMIT 1
        """;

    private static string SliceSql(string tier) => $"""
        SELECT {PairRows.Columns} FROM slices s JOIN pairs p ON p.id = s.pair_id
        WHERE s.annotator = $annotator AND s.pair_id > $after AND s.pair_id <= $upto AND p.status = 'pending' AND {tier} AND {OpenToAnnotator}
        ORDER BY s.pair_id LIMIT 1
        """;

    private static string PendingSql(string tier) => $"""
        SELECT {PairRows.Columns} FROM pairs p INDEXED BY pairs_pending
        WHERE p.status = 'pending' AND p.id > $after AND p.id <= $upto AND {tier} AND {OpenToAnnotator}
        ORDER BY p.id LIMIT 1
        """;

    private Pair? InQueueOrder(long afterOrd, string annotator, string tier, bool wrap)
    {
        var overlap = Overlap();
        return (overlap > 1 ? QueuePair(StartedSql(tier), 0, long.MaxValue, annotator, overlap) : null)
            ?? QueuePair(SliceSql(tier), afterOrd, long.MaxValue, annotator, overlap)
            ?? QueuePair(SliceSql(tier), 0, afterOrd, annotator, overlap)
            ?? QueuePair(PendingSql(tier), afterOrd, long.MaxValue, annotator, overlap)
            ?? (wrap ? QueuePair(PendingSql(tier), 0, afterOrd, annotator, overlap) : null);
    }

    private Pair? QueuePair(string sql, long afterOrd, long upToOrd, string annotator, int overlap) =>
        SinglePair(sql, ("$after", afterOrd), ("$upto", upToOrd), ("$annotator", annotator), ("$overlap", overlap));
}
