using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    // The atomic claim: FOR NO KEY UPDATE ... SKIP LOCKED passes a pair another annotator is taking
    // this very moment instead of waiting for them, where SQLite serialises the whole claim on its
    // one writer. Every path that claims or decides a pair locks its row first, so two annotators
    // asking at once each get their own pair.
    private const string ClaimLock = "FOR NO KEY UPDATE OF p SKIP LOCKED";

    // Each lost race means a colleague just took a pair; past this many, the queue answers "none
    // for now" rather than chase a crowd, and the next key asks again.
    private const int MaxClaimAttempts = 16;

    public void SavePosition(string annotator, PairId pair) => Write("save the position", () => RememberPosition(annotator, pair));

    public PairId? LastPosition(string annotator) => Guard("read the database", () =>
    {
        using var command = Command("SELECT pair_id FROM positions WHERE annotator = @annotator", ("annotator", annotator));
        return command.ExecuteScalar() is long pair ? new PairId(pair) : (PairId?)null;
    });

    public bool TryClaim(PairId pair, string annotator, TimeSpan lease) => WriteLease("claim the pair", () =>
    {
        using (var lockPair = Command("SELECT 1 FROM pairs WHERE id = @id FOR NO KEY UPDATE", ("id", pair.Value)))
        {
            if (lockPair.ExecuteScalar() is null)
            {
                throw UnknownPair(pair);
            }
        }
        return ClaimIfFree(pair, annotator, lease);
    });

    public Pair? ClaimNextPending(long afterOrd, string annotator, TimeSpan lease) => WriteLease("claim the next pair", () =>
        ClaimFirst(() => ClaimFound(PendingBetweenSql(ClaimLock), annotator, lease, ("after", afterOrd), ("upto", long.MaxValue))
            ?? ClaimFound(PendingBetweenSql(ClaimLock), annotator, lease, ("after", 0L), ("upto", afterOrd))));

    public void ReleaseClaims(string annotator) =>
        Write("release the claims", () => Execute("DELETE FROM claims WHERE annotator = @annotator", ("annotator", annotator)));

    public string? ClaimedBy(PairId pair) => Guard("read the database", () => LiveClaimant(pair));

    /// <summary>
    /// The pair the first of <paramref name="claim"/>'s steps found, once it is claimed. Under READ
    /// COMMITTED the search's snapshot can predate a colleague's claim that committed just before
    /// this transaction locked the row (a lock that changed nothing makes PostgreSQL re-check
    /// nothing); the claim's upsert then sees it, and the search runs again on a fresh snapshot, which
    /// passes that pair by.
    /// </summary>
    private static Pair? ClaimFirst(Func<(Pair Pair, bool Claimed)?> claim)
    {
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            if (claim() is not { } found)
            {
                return null;
            }
            if (found.Claimed)
            {
                return found.Pair;
            }
        }
        return null;
    }

    /// <summary>
    /// Finds, locks and claims a pair in one statement, so in one round trip: <paramref name="findSql"/>
    /// selects the pair (its row locked SKIP LOCKED, as every path that claims a pair locks it first),
    /// the upsert takes it as <see cref="ClaimIfFree"/> does, and the pair comes back with whether it
    /// was taken; null when the search found nothing. The search runs on the statement's snapshot, the
    /// upsert's conflict check on the latest committed claims: a lost race shows as not taken.
    /// </summary>
    private (Pair Pair, bool Claimed)? ClaimFound(string findSql, string annotator, TimeSpan lease, params (string Name, object? Value)[] parameters)
    {
        using var command = Command($"""
            WITH found AS ({findSql}),
            claimed AS (
                INSERT INTO claims (pair_id, annotator, expires_at) SELECT id, @annotator, now() + @lease FROM found
                ON CONFLICT (pair_id) DO UPDATE SET annotator = excluded.annotator, expires_at = excluded.expires_at
                WHERE claims.annotator = excluded.annotator OR claims.expires_at <= now()
                RETURNING pair_id),
            released AS (
                DELETE FROM claims WHERE annotator = @annotator AND pair_id NOT IN (SELECT id FROM found) AND EXISTS (SELECT 1 FROM claimed))
            SELECT found.*, EXISTS (SELECT 1 FROM claimed) FROM found
            """, [.. parameters, ("annotator", PgText.Plain(annotator, "annotator name")), ("lease", lease)]);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (PgRows.Pair(reader), reader.GetBoolean(PgRows.PairColumnCount)) : null;
    }

    internal int RememberPosition(string annotator, PairId pair) => Execute("""
        INSERT INTO positions (annotator, pair_id, at) VALUES (@annotator, @pair, @at)
        ON CONFLICT (annotator) DO UPDATE SET pair_id = excluded.pair_id, at = excluded.at
        """, ("annotator", PgText.Plain(annotator, "annotator name")), ("pair", pair.Value), ("at", Now().UtcDateTime));

    /// <summary>
    /// Inside a transaction that holds the pair's row lock. One statement, so one round trip: the
    /// upsert takes the pair unless a colleague's lease on it is live (ON CONFLICT sees the latest
    /// committed claim, whatever the snapshot), and only then are this annotator's other claims let go.
    /// The lease runs on the server's clock: now() is the transaction's start on the server.
    /// </summary>
    private bool ClaimIfFree(PairId pair, string annotator, TimeSpan lease) => Scalar("""
        WITH claimed AS (
            INSERT INTO claims (pair_id, annotator, expires_at) VALUES (@pair, @annotator, now() + @lease)
            ON CONFLICT (pair_id) DO UPDATE SET annotator = excluded.annotator, expires_at = excluded.expires_at
            WHERE claims.annotator = excluded.annotator OR claims.expires_at <= now()
            RETURNING pair_id),
        released AS (
            DELETE FROM claims WHERE annotator = @annotator AND pair_id <> @pair AND EXISTS (SELECT 1 FROM claimed))
        SELECT count(*) FROM claimed
        """, ("pair", pair.Value), ("annotator", PgText.Plain(annotator, "annotator name")), ("lease", lease)) == 1;

    /// <summary>
    /// A write of leases only: committed without waiting for the WAL flush (synchronous_commit off
    /// for this transaction alone). A lease lost in a crash costs nothing, since a lease outlives no
    /// restart that matters, and PostgreSQL keeps the order of commits, so the next decision's
    /// flushed commit makes it durable along with everything before it. Decisions still wait.
    /// </summary>
    private T WriteLease<T>(string operation, Func<T> work) => Write(operation, () =>
    {
        _prelude = "SET LOCAL synchronous_commit = off";
        return work();
    });

    private string? LiveClaimant(PairId pair)
    {
        using var command = Command("SELECT annotator FROM claims WHERE pair_id = @pair AND expires_at > now()", ("pair", pair.Value));
        return command.ExecuteScalar() as string;
    }
}
