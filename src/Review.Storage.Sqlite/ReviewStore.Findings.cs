using Microsoft.Data.Sqlite;
using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    /// <summary>
    /// Replaces what the checks found for one pair. Findings are derived from the texts and can be
    /// recomputed at any time, so unlike decisions they are overwritten.
    /// </summary>
    public void ReplaceFindings(PairId pair, IReadOnlyList<Finding> findings) =>
        ReplaceFindings([KeyValuePair.Create(pair, findings)]);

    /// <summary>
    /// Replaces the findings of many pairs in one transaction: checking a whole corpus one
    /// transaction (and one fsync) per pair would take hours at a million pairs.
    /// </summary>
    public void ReplaceFindings(IEnumerable<KeyValuePair<PairId, IReadOnlyList<Finding>>> byPair) => Write(() =>
    {
        using var delete = Command("DELETE FROM findings WHERE pair_id = $pair");
        var pairParameter = delete.Parameters.Add(new SqliteParameter { ParameterName = "$pair" });
        using var writer = new FindingWriter(this);
        var pairs = 0;
        foreach (var (pair, findings) in byPair)
        {
            pairParameter.Value = pair.Value;
            delete.ExecuteNonQuery();
            writer.Insert(pair, findings);
            pairs++;
        }
        return pairs;
    });

    public IReadOnlyList<Finding> Findings(PairId pair)
    {
        using var command = Command(FindingsSql, ("$pair", pair.Value));
        return Read(command);
    }

    /// <summary>One prepared statement run per pair: in process, that costs microseconds, as a single query would.</summary>
    public IReadOnlyDictionary<PairId, IReadOnlyList<Finding>> Findings(IReadOnlyCollection<PairId> pairs)
    {
        using var command = Command(FindingsSql);
        var pairParameter = command.Parameters.Add(new SqliteParameter { ParameterName = "$pair" });
        var byPair = new Dictionary<PairId, IReadOnlyList<Finding>>();
        foreach (var pair in pairs)
        {
            pairParameter.Value = pair.Value;
            if (Read(command) is { Count: > 0 } found)
            {
                byPair[pair] = found;
            }
        }
        return byPair;
    }

    private const string FindingsSql = """
        SELECT check_id, severity, message, source_spans, target_spans, suggestion
        FROM findings WHERE pair_id = $pair ORDER BY id
        """;

    private static List<Finding> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var found = new List<Finding>();
        while (reader.Read())
        {
            found.Add(new Finding(
                reader.GetString(0),
                FindingWriter.ParseSeverity(reader.GetString(1)),
                reader.GetString(2),
                StoredSpans.Read(reader.GetString(3)),
                StoredSpans.Read(reader.GetString(4)),
                StoredText.Read(reader, 5)));
        }
        return found;
    }
}
