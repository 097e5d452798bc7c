using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    /// <summary>The sum of the stored per-status counts: as cheap as one small read, and true whatever the ids are.</summary>
    public long PairCount() => Scalar("SELECT coalesce(sum(pairs), 0) FROM status_counts");

    /// <summary>How many pairs nobody has decided yet; reads one stored count.</summary>
    public long PendingCount() => Scalar("SELECT pairs FROM status_counts WHERE status = 'pending'");

    /// <summary>Pairs per status, every status present; reads six stored counts, cheap enough for every frame.</summary>
    public IReadOnlyDictionary<PairStatus, long> StatusCounts()
    {
        var counts = Enum.GetValues<PairStatus>().ToDictionary(s => s, _ => 0L);
        using var command = Command("SELECT status, pairs FROM status_counts");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[StoredNames.Status(reader.GetString(0))] = reader.GetInt64(1);
        }
        return counts;
    }

    public Pair? GetPair(PairId id) =>
        SinglePair($"SELECT {PairRows.Columns} FROM pairs p WHERE p.id = $id", ("$id", id.Value));

    public Pair? FindByExternalId(string externalId) =>
        SinglePair($"SELECT {PairRows.Columns} FROM pairs p WHERE p.external_id = $id", ("$id", StoredText.Value(externalId)));

    // Here the rowid is both the id and the corpus position (see migration 1); other backends keep an ord column.
    public Pair? FindByOrd(long ord) =>
        SinglePair($"SELECT {PairRows.Columns} FROM pairs p WHERE p.id = $ord", ("$ord", ord));

    public Pair? Next(long afterOrd) =>
        SinglePair($"SELECT {PairRows.Columns} FROM pairs p WHERE p.id > $after ORDER BY p.id LIMIT 1", ("$after", afterOrd));

    public Pair? Previous(long beforeOrd) =>
        SinglePair($"SELECT {PairRows.Columns} FROM pairs p WHERE p.id < $before ORDER BY p.id DESC LIMIT 1", ("$before", beforeOrd));

    /// <summary>
    /// The first pending pair after <paramref name="afterOrd"/>, wrapping around to the start, that no
    /// other annotator holds a live claim on. Walks the partial index of pending pairs only.
    /// </summary>
    public Pair? NextPending(long afterOrd, string annotator) =>
        PendingBetween(afterOrd, long.MaxValue, annotator) ?? PendingBetween(0, afterOrd, annotator);

    /// <summary>Up to <paramref name="limit"/> pairs after <paramref name="afterOrd"/> in corpus order.</summary>
    public IReadOnlyList<Pair> Page(long afterOrd, int limit)
    {
        using var command = Command(
            $"SELECT {PairRows.Columns} FROM pairs p WHERE p.id > $after ORDER BY p.id LIMIT $limit",
            ("$after", afterOrd), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var page = new List<Pair>(Math.Min(limit, 1024));
        while (reader.Read())
        {
            page.Add(PairRows.Read(reader));
        }
        return page;
    }

    /// <summary>
    /// The nearest pair after (or before) <paramref name="fromOrd"/> whose source or final target
    /// contains <paramref name="needle"/>, ignoring ASCII case; null when there is none that way.
    /// </summary>
    public Pair? Search(string needle, long fromOrd, bool forward)
    {
        var direction = forward ? "p.id > $from ORDER BY p.id" : "p.id < $from ORDER BY p.id DESC";
        return SinglePair($"""
            SELECT {PairRows.Columns} FROM pairs p LEFT JOIN decisions d ON d.id = p.decision_id
            WHERE (p.source LIKE $pattern ESCAPE '\' OR coalesce(d.final_target, p.target) LIKE $pattern ESCAPE '\')
              AND {direction} LIMIT 1
            """, ("$pattern", LikePattern(needle)), ("$from", fromOrd));
    }

    public PairStatus StatusOf(PairId id)
    {
        using var command = Command("SELECT status FROM pairs WHERE id = $id", ("$id", id.Value));
        return command.ExecuteScalar() is string status ? StoredNames.Status(status) : throw UnknownPair(id);
    }

    public Decision? EffectiveDecision(PairId id) => SingleDecision(
        $"SELECT {DecisionRows.Columns} FROM pairs p JOIN decisions d ON d.id = p.decision_id WHERE p.id = $id",
        ("$id", id.Value));

    /// <summary>The decided text of an accepted, fixed or edited pair; otherwise the target under review.</summary>
    public string FinalTarget(PairId id)
    {
        using var command = Command(
            "SELECT coalesce(d.final_target, p.target) FROM pairs p LEFT JOIN decisions d ON d.id = p.decision_id WHERE p.id = $id",
            ("$id", id.Value));
        using var reader = command.ExecuteReader();
        return reader.Read() ? StoredText.ReadRequired(reader, 0) : throw UnknownPair(id);
    }

    /// <summary>Every decision ever recorded on the pair, oldest first, undos included.</summary>
    public IReadOnlyList<Decision> History(PairId id)
    {
        using var command = Command(
            $"SELECT {DecisionRows.Columns} FROM decisions d WHERE d.pair_id = $id ORDER BY d.id", ("$id", id.Value));
        using var reader = command.ExecuteReader();
        var history = new List<Decision>();
        while (reader.Read())
        {
            history.Add(DecisionRows.Read(reader));
        }
        return history;
    }

    private Pair? PendingBetween(long afterOrd, long upToOrd, string annotator) => SinglePair($"""
        SELECT {PairRows.Columns} FROM pairs p INDEXED BY pairs_pending
        WHERE p.status = 'pending' AND p.id > $after AND p.id <= $upto AND NOT {EmptiedByMerge}
          AND NOT EXISTS (SELECT 1 FROM claims c
                          WHERE c.pair_id = p.id AND c.annotator <> $annotator AND c.expires_ms > {DatabaseNowMs})
        ORDER BY p.id LIMIT 1
        """, ("$after", afterOrd), ("$upto", upToOrd), ("$annotator", annotator));

    private Pair? SinglePair(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        return reader.Read() ? PairRows.Read(reader) : null;
    }

    private Decision? SingleDecision(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        return reader.Read() ? DecisionRows.Read(reader) : null;
    }

    private static string LikePattern(string needle) =>
        "%" + needle.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    private ArgumentException UnknownPair(PairId id) =>
        new($"{Path}: there is no pair {id}", nameof(id));
}
