using System.Globalization;
using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string OverlapSetting = "overlap";

    // Free of others' live leases, and (under overlap, or on a pair whose deciders an import restored
    // from an overlap export) never decided by this annotator: one clause for every step of the queue.
    private const string OpenToAnnotator = Unclaimed + """

        AND ((@overlap = 1 AND p.deciders = 0) OR NOT EXISTS (SELECT 1 FROM decisions d WHERE d.pair_id = p.id AND d.annotator = @annotator))
        """ + " AND NOT " + EmptiedByMerge;

    // The corpus order's "tier": every pair.
    private const string AnyTier = "TRUE";

    private static string StartedSql(string tier) => $"""
        SELECT {PgRows.PairColumns} FROM pairs p
        WHERE p.status = 'pending' AND p.deciders > 0 AND p.ord > @after AND p.ord <= @upto AND {tier} AND {OpenToAnnotator}
        ORDER BY p.ord LIMIT 1 {ClaimLock}
        """;

    private static string SliceSql(string tier) => $"""
        SELECT {PgRows.PairColumns} FROM slices s JOIN pairs p ON p.id = s.pair_id
        WHERE s.annotator = @annotator AND p.ord > @after AND p.ord <= @upto AND p.status = 'pending' AND {tier} AND {OpenToAnnotator}
        ORDER BY p.ord LIMIT 1 {ClaimLock}
        """;

    private static string PendingSql(string tier) => $"""
        SELECT {PgRows.PairColumns} FROM pairs p
        WHERE p.status = 'pending' AND p.ord > @after AND p.ord <= @upto AND {tier} AND {OpenToAnnotator}
        ORDER BY p.ord LIMIT 1 {ClaimLock}
        """;

    public int Overlap() => Guard("read the database", ReadOverlap);

    public void SetOverlap(int decisionsPerPair)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(decisionsPerPair, 1);
        Write("set the overlap", () =>
        {
            // The settings row lock (or, the first time, the insert) orders this against a colleague setting it at once.
            Execute("LOCK TABLE settings IN SHARE ROW EXCLUSIVE MODE");
            var current = ReadOverlap();
            if (current == decisionsPerPair)
            {
                return 0;
            }
            if (Scalar("SELECT count(*) FROM (SELECT 1 FROM decisions LIMIT 1) d") != 0)
            {
                throw new InvalidOperationException(
                    $"{Location}: decisions are already recorded under overlap {current}; overlap is chosen before the work starts");
            }
            return WriteOverlap(decisionsPerPair);
        });
    }

    internal int WriteOverlap(int decisionsPerPair) => Execute("""
        INSERT INTO settings (name, value) VALUES (@name, @value)
        ON CONFLICT (name) DO UPDATE SET value = excluded.value
        """, ("name", OverlapSetting), ("value", decisionsPerPair.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// The queue's order, as on SQLite: pairs colleagues started (under overlap), then the
    /// annotator's slice from here on and wrapping, then any pending pair. Each step skips rows a
    /// colleague is locking this moment (SKIP LOCKED) rather than waiting for them.
    /// </summary>
    public Pair? ClaimNextFor(long afterOrd, string annotator, TimeSpan lease) =>
        WriteLease("claim the next pair", () => ClaimFirst(InQueueOrder(afterOrd, annotator, lease, AnyTier, wrap: true)));

    /// <summary>
    /// The queue's order within one tier of the findings order (<c>review open --order findings</c>):
    /// pairs colleagues started, then the annotator's slice, then any pending pair of the tier. Pending
    /// pairs do not wrap: the caller walks the tiers and wraps.
    /// </summary>
    public Pair? ClaimNextPendingInTier(Severity? tier, long afterOrd, string annotator, TimeSpan lease) =>
        WriteLease("claim the next pair", () => ClaimFirst(InQueueOrder(afterOrd, annotator, lease, TierCondition(tier), wrap: false)));

    public bool RenewClaim(PairId pair, string annotator, TimeSpan lease) => WriteLease("renew the claim", () =>
    {
        // Every path that claims a pair holds its row lock first; a lapsed lease taken again must
        // too, or it could slip in between a colleague's queue step finding the pair and claiming it.
        Execute("SELECT 1 FROM pairs WHERE id = @id FOR NO KEY UPDATE", ("id", pair.Value));
        return Execute("""
            UPDATE claims SET expires_at = now() + @lease
            WHERE pair_id = @pair AND annotator = @annotator AND expires_at > now()
            """, ("pair", pair.Value), ("annotator", annotator), ("lease", lease)) == 1
            || ClaimIfFree(pair, annotator, lease);
    });

    public int Colleagues(string annotator) => Guard("read the database", () => (int)Scalar(
        "SELECT count(DISTINCT annotator) FROM claims WHERE annotator <> @annotator AND expires_at > now()", ("annotator", annotator)));

    private int ReadOverlap()
    {
        using var command = Command("SELECT value FROM settings WHERE name = @name", ("name", OverlapSetting));
        return command.ExecuteScalar() is string value ? int.Parse(value, CultureInfo.InvariantCulture) : 1;
    }

    private Func<(Pair Pair, bool Claimed)?> InQueueOrder(long afterOrd, string annotator, TimeSpan lease, string tier, bool wrap)
    {
        var overlap = ReadOverlap();
        return () => (overlap > 1 ? QueueClaim(StartedSql(tier), 0, long.MaxValue) : null)
            ?? QueueClaim(SliceSql(tier), afterOrd, long.MaxValue)
            ?? QueueClaim(SliceSql(tier), 0, afterOrd)
            ?? QueueClaim(PendingSql(tier), afterOrd, long.MaxValue)
            ?? (wrap ? QueueClaim(PendingSql(tier), 0, afterOrd) : null);

        (Pair, bool)? QueueClaim(string sql, long after, long upTo) =>
            ClaimFound(sql, annotator, lease, ("after", after), ("upto", upTo), ("overlap", overlap));
    }
}
