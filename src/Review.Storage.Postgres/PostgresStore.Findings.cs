using Npgsql;
using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

/// <summary>Findings, and the queue in findings order (errors first, then warnings, then the rest), as on SQLite.</summary>
public sealed partial class PostgresStore
{
    internal const string InsertFindingSql = """
        INSERT INTO findings (pair_id, check_id, severity, raw_fields, message, source_spans, target_spans, suggestion)
        VALUES (@pair, @check, @severity, @raw, @message, @source_spans, @target_spans, @suggestion)
        """;

    public void ReplaceFindings(PairId pair, IReadOnlyList<Finding> findings) => ReplaceFindings([KeyValuePair.Create(pair, findings)]);

    public void ReplaceFindings(IEnumerable<KeyValuePair<PairId, IReadOnlyList<Finding>>> byPair) => Write("save the findings", () =>
    {
        var batch = new NpgsqlBatch(Connection, _transaction);
        var pairs = 0;
        foreach (var (pair, findings) in byPair)
        {
            var delete = new NpgsqlBatchCommand("DELETE FROM findings WHERE pair_id = @pair");
            delete.Parameters.AddWithValue("pair", pair.Value);
            batch.BatchCommands.Add(delete);
            foreach (var finding in findings)
            {
                var insert = new NpgsqlBatchCommand(InsertFindingSql);
                foreach (var (name, value) in FindingParameters(pair, finding))
                {
                    insert.Parameters.AddWithValue(name, value ?? DBNull.Value);
                }
                batch.BatchCommands.Add(insert);
            }
            // A whole corpus is checked in one transaction, sent a few hundred statements per round trip.
            if (batch.BatchCommands.Count >= 512)
            {
                batch.ExecuteNonQuery();
                batch.Dispose();
                batch = new NpgsqlBatch(Connection, _transaction);
            }
            pairs++;
        }
        if (batch.BatchCommands.Count > 0)
        {
            batch.ExecuteNonQuery();
        }
        batch.Dispose();
        return pairs;
    });

    public IReadOnlyList<Finding> Findings(PairId pair) =>
        Findings([pair]).GetValueOrDefault(pair) ?? [];

    public IReadOnlyDictionary<PairId, IReadOnlyList<Finding>> Findings(IReadOnlyCollection<PairId> pairs) => Guard("read the database", () =>
    {
        using var command = Command("""
            SELECT pair_id, check_id, severity, raw_fields, message, source_spans, target_spans, suggestion
            FROM findings WHERE pair_id = ANY(@pairs) ORDER BY pair_id, id
            """, ("pairs", pairs.Select(p => p.Value).ToArray()));
        using var reader = command.ExecuteReader();
        var byPair = new Dictionary<PairId, IReadOnlyList<Finding>>();
        List<Finding>? found = null;
        while (reader.Read())
        {
            var pair = new PairId(reader.GetInt64(0));
            if (!byPair.ContainsKey(pair))
            {
                byPair[pair] = found = [];
            }
            var raw = reader.GetInt32(3);
            found!.Add(new Finding(
                reader.GetString(1),
                PgNames.SeverityOf(reader.GetString(2)),
                PgRows.Text(reader, 4, raw, PgRows.MessageBit)!,
                StoredSpans.Read(reader.GetString(5)),
                StoredSpans.Read(reader.GetString(6)),
                PgRows.Text(reader, 7, raw, PgRows.FindingSuggestionBit)));
        }
        return (IReadOnlyDictionary<PairId, IReadOnlyList<Finding>>)byPair;
    });

    public Severity? FindingTierOf(PairId id) => Guard("read the database", () =>
    {
        using var command = Command(
            "SELECT max(CASE severity WHEN 'error' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END) FROM findings WHERE pair_id = @id", ("id", id.Value));
        return command.ExecuteScalar() switch
        {
            2 => Severity.Error,
            1 => Severity.Warning,
            _ => (Severity?)null,
        };
    });

    public Pair? NextInTier(Severity? tier, long afterOrd) =>
        SinglePair($"SELECT {PgRows.PairColumns} FROM pairs p WHERE p.ord > @after AND {TierCondition(tier)} ORDER BY p.ord LIMIT 1",
            ("after", afterOrd));

    public Pair? PreviousInTier(Severity? tier, long beforeOrd) =>
        SinglePair($"SELECT {PgRows.PairColumns} FROM pairs p WHERE p.ord < @before AND {TierCondition(tier)} ORDER BY p.ord DESC LIMIT 1",
            ("before", beforeOrd));

    public Pair? NextPendingInTier(Severity? tier, long afterOrd, string annotator) =>
        PendingBetween(afterOrd, long.MaxValue, annotator, "", TierCondition(tier));

    internal static (string Name, object? Value)[] FindingParameters(PairId pair, Finding finding)
    {
        var (values, raw) = PgRows.Encode((finding.Message, PgRows.MessageBit), (finding.SuggestedTarget, PgRows.FindingSuggestionBit));
        return
        [
            ("pair", pair.Value), ("check", PgText.Plain(finding.CheckId, "check id")), ("severity", PgNames.Of(finding.Severity)), ("raw", raw),
            ("message", values[0]), ("source_spans", StoredSpans.Write(finding.SourceSpans)), ("target_spans", StoredSpans.Write(finding.TargetSpans)),
            ("suggestion", values[1]),
        ];
    }

    private static string TierCondition(Severity? tier) => tier switch
    {
        Severity.Error => Has("'error'"),
        Severity.Warning => Has("'warning'") + " AND NOT " + Has("'error'"),
        _ => "NOT " + Has("'error', 'warning'"),
    };

    private static string Has(string severities) =>
        $"EXISTS (SELECT 1 FROM findings f WHERE f.pair_id = p.id AND f.severity IN ({severities}))";
}
