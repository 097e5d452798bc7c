using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    /// <summary>
    /// The database's clock in Unix milliseconds: leases are computed and compared on it, never on
    /// a client's clock, so processes whose clocks disagree still agree on who holds a pair.
    /// </summary>
    internal const string DatabaseNowMs = "CAST(unixepoch('subsec') * 1000 AS INTEGER)";

    /// <summary>Remembers where the annotator is, so that the next session resumes there.</summary>
    public void SavePosition(string annotator, PairId pair) => Write(() => RememberPosition(annotator, pair));

    public PairId? LastPosition(string annotator)
    {
        using var command = Command("SELECT pair_id FROM positions WHERE annotator = $annotator", ("$annotator", annotator));
        return command.ExecuteScalar() is long pair ? new PairId(pair) : null;
    }

    /// <summary>
    /// Takes (or renews) the annotator's lease on a pair so that others' next-pending passes it by.
    /// An annotator holds one pair at a time: claiming releases their other claims. Returns false,
    /// changing nothing, while another annotator's lease on the pair is live.
    /// </summary>
    public bool TryClaim(PairId pair, string annotator, TimeSpan lease) => WriteLease(() => ClaimIfFree(pair, annotator, lease));

    /// <summary>
    /// What the review screen does on arriving at a pair, in one transaction (one fsync instead of
    /// two): remembers the position and takes the lease. Returns false when another annotator holds it.
    /// </summary>
    public bool Visit(PairId pair, string annotator, TimeSpan lease) => Write(() =>
    {
        RememberPosition(annotator, pair);
        return ClaimIfFree(pair, annotator, lease);
    });

    public Pair? ClaimNextPending(long afterOrd, string annotator, TimeSpan lease) =>
        WriteLease(() => ClaimFound(NextPending(afterOrd, annotator), annotator, lease));

    /// <summary>Lets others have the annotator's claimed pairs at once, e.g. when they quit.</summary>
    public void ReleaseClaims(string annotator) => Write(() =>
    {
        using var command = Command("DELETE FROM claims WHERE annotator = $annotator", ("$annotator", annotator));
        return command.ExecuteNonQuery();
    });

    /// <summary>Who holds a live lease on the pair, if anyone.</summary>
    public string? ClaimedBy(PairId pair) => LiveClaimant(pair);

    // Inside the write transaction that found it: no other process can claim or decide it in between.
    private Pair? ClaimFound(Pair? pair, string annotator, TimeSpan lease)
    {
        if (pair is not null && !ClaimIfFree(pair.Id, annotator, lease))
        {
            throw new InvalidOperationException($"pair {pair.Id} was found free and then held inside one transaction");
        }
        return pair;
    }

    internal int RememberPosition(string annotator, PairId pair)
    {
        using var command = Command("""
            INSERT INTO positions (annotator, pair_id, at) VALUES ($annotator, $pair, $at)
            ON CONFLICT (annotator) DO UPDATE SET pair_id = excluded.pair_id, at = excluded.at
            """, ("$annotator", annotator), ("$pair", pair.Value), ("$at", DecisionTime.Write(Now())));
        return command.ExecuteNonQuery();
    }

    private bool ClaimIfFree(PairId pair, string annotator, TimeSpan lease)
    {
        var holder = LiveClaimant(pair);
        if (holder is not null && holder != annotator)
        {
            return false;
        }
        using (var release = Command("DELETE FROM claims WHERE annotator = $annotator AND pair_id <> $pair", ("$annotator", annotator), ("$pair", pair.Value)))
        {
            release.ExecuteNonQuery();
        }
        using var claim = Command($"""
            INSERT INTO claims (pair_id, annotator, expires_ms) VALUES ($pair, $annotator, {DatabaseNowMs} + $lease_ms)
            ON CONFLICT (pair_id) DO UPDATE SET annotator = excluded.annotator, expires_ms = excluded.expires_ms
            """, ("$pair", pair.Value), ("$annotator", annotator), ("$lease_ms", (long)lease.TotalMilliseconds));
        claim.ExecuteNonQuery();
        return true;
    }

    private string? LiveClaimant(PairId pair)
    {
        using var command = Command(
            $"SELECT annotator FROM claims WHERE pair_id = $pair AND expires_ms > {DatabaseNowMs}", ("$pair", pair.Value));
        return command.ExecuteScalar() as string;
    }
}
