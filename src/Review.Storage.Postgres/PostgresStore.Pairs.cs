using Review.Core.Pairs;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>No other annotator holds a live lease on p; leases are compared on the server's clock (now()), never a client's.</summary>
    internal const string Unclaimed =
        "NOT EXISTS (SELECT 1 FROM claims c WHERE c.pair_id = p.id AND c.annotator <> @annotator AND c.expires_at > now())";

    public long PairCount() => Guard("read the database", () => Scalar("SELECT coalesce(sum(pairs), 0) FROM status_counts"));

    public IReadOnlyDictionary<PairStatus, long> StatusCounts() => Guard("read the database", () =>
    {
        var counts = Enum.GetValues<PairStatus>().ToDictionary(s => s, _ => 0L);
        using var command = Command("SELECT status, pairs FROM status_counts");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[PgNames.Status(reader.GetString(0))] = reader.GetInt64(1);
        }
        return (IReadOnlyDictionary<PairStatus, long>)counts;
    });

    public Pair? GetPair(PairId id) => SinglePair($"SELECT {PgRows.PairColumns} FROM pairs p WHERE p.id = @id", ("id", id.Value));

    public Pair? FindByExternalId(string externalId)
    {
        var (stored, raw) = PgText.Encode(externalId);
        return SinglePair($"SELECT {PgRows.PairColumns} FROM pairs p WHERE p.external_id = @id AND ((p.raw_fields & 1) <> 0) = @raw",
            ("id", stored), ("raw", raw));
    }

    public Pair? FindByOrd(long ord) => SinglePair($"SELECT {PgRows.PairColumns} FROM pairs p WHERE p.ord = @ord", ("ord", ord));

    public Pair? Next(long afterOrd) =>
        SinglePair($"SELECT {PgRows.PairColumns} FROM pairs p WHERE p.ord > @after ORDER BY p.ord LIMIT 1", ("after", afterOrd));

    public Pair? Previous(long beforeOrd) =>
        SinglePair($"SELECT {PgRows.PairColumns} FROM pairs p WHERE p.ord < @before ORDER BY p.ord DESC LIMIT 1", ("before", beforeOrd));

    public IReadOnlyList<Pair> Page(long afterOrd, int limit) => Guard("read the database", () =>
    {
        using var command = Command($"SELECT {PgRows.PairColumns} FROM pairs p WHERE p.ord > @after ORDER BY p.ord LIMIT @limit",
            ("after", afterOrd), ("limit", limit));
        using var reader = command.ExecuteReader();
        var page = new List<Pair>(Math.Min(limit, 1024));
        while (reader.Read())
        {
            page.Add(PgRows.Pair(reader));
        }
        return (IReadOnlyList<Pair>)page;
    });

    /// <summary>
    /// As on SQLite, LIKE ignoring ASCII case only: under the "C" collation ILIKE folds ASCII letters
    /// and nothing else, whatever the database's own locale.
    /// </summary>
    public Pair? Search(string needle, long fromOrd, bool forward)
    {
        var direction = forward ? "p.ord > @from ORDER BY p.ord" : "p.ord < @from ORDER BY p.ord DESC";
        return SinglePair($"""
            SELECT {PgRows.PairColumns} FROM pairs p LEFT JOIN decisions d ON d.id = p.decision_id
            WHERE (p.source COLLATE "C" ILIKE @pattern OR coalesce(d.final_target, p.target) COLLATE "C" ILIKE @pattern)
              AND {direction} LIMIT 1
            """, ("pattern", LikePattern(needle)), ("from", fromOrd));
    }

    public Pair? NextPending(long afterOrd, string annotator) =>
        PendingBetween(afterOrd, long.MaxValue, annotator, "") ?? PendingBetween(0, afterOrd, annotator, "");

    public PairStatus StatusOf(PairId id) => Guard("read the database", () =>
    {
        using var command = Command("SELECT status FROM pairs WHERE id = @id", ("id", id.Value));
        return command.ExecuteScalar() is string status ? PgNames.Status(status) : throw UnknownPair(id);
    });

    public Decision? EffectiveDecision(PairId id) => SingleDecision(
        $"SELECT {PgRows.DecisionColumns} FROM pairs p JOIN decisions d ON d.id = p.decision_id WHERE p.id = @id", ("id", id.Value));

    public string FinalTarget(PairId id) => Guard("read the database", () =>
    {
        using var command = Command("""
            SELECT CASE WHEN d.id IS NULL OR d.final_target IS NULL THEN p.target ELSE d.final_target END,
                   CASE WHEN d.id IS NULL OR d.final_target IS NULL THEN (p.raw_fields & 4) <> 0 ELSE (d.raw_fields & 1) <> 0 END
            FROM pairs p LEFT JOIN decisions d ON d.id = p.decision_id WHERE p.id = @id
            """, ("id", id.Value));
        using var reader = command.ExecuteReader();
        return reader.Read() ? PgText.Decode(reader.GetString(0), reader.GetBoolean(1))! : throw UnknownPair(id);
    });

    public IReadOnlyList<Decision> History(PairId id) => Guard("read the database", () =>
    {
        using var command = Command($"SELECT {PgRows.DecisionColumns} FROM decisions d WHERE d.pair_id = @id ORDER BY d.id", ("id", id.Value));
        using var reader = command.ExecuteReader();
        var history = new List<Decision>();
        while (reader.Read())
        {
            history.Add(PgRows.Decision(reader));
        }
        return (IReadOnlyList<Decision>)history;
    });

    /// <summary>
    /// The first pending pair in (after, upTo] nobody else holds. <paramref name="locking"/> is
    /// empty for a read, or <c>FOR NO KEY UPDATE OF p SKIP LOCKED</c> for the atomic claim.
    /// </summary>
    internal Pair? PendingBetween(long afterOrd, long upToOrd, string annotator, string locking, string condition = "TRUE") =>
        SinglePair(PendingBetweenSql(locking, condition), ("after", afterOrd), ("upto", upToOrd), ("annotator", annotator));

    private static string PendingBetweenSql(string locking, string condition = "TRUE") => $"""
        SELECT {PgRows.PairColumns} FROM pairs p
        WHERE p.status = 'pending' AND p.ord > @after AND p.ord <= @upto AND {condition} AND {Unclaimed} AND NOT {EmptiedByMerge}
        ORDER BY p.ord LIMIT 1 {locking}
        """;

    internal Pair? SinglePair(string sql, params (string Name, object? Value)[] parameters) => Guard("read the database", () =>
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        return reader.Read() ? PgRows.Pair(reader) : null;
    });

    internal Decision? SingleDecision(string sql, params (string Name, object? Value)[] parameters) => Guard("read the database", () =>
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        return reader.Read() ? PgRows.Decision(reader) : null;
    });

    private static string LikePattern(string needle) =>
        "%" + PgText.Encode(needle).Stored!.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

}
