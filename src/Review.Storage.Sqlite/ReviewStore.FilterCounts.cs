using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    /// <summary>
    /// A range count on the rowid (ord is the id here): it reads the rows in the stretch, which the
    /// session keeps short by counting only between the last pair shown and the next. The first
    /// count under a filter reads up to the pair on screen (about 0.1 s at ord 500,000 here).
    /// </summary>
    public long CountMatching(IReadOnlySet<PairStatus> statuses, IReadOnlySet<string> checks, IReadOnlySet<Severity> severities, long afterOrd, long upToOrd)
    {
        var parameters = new List<(string, object?)> { ("$after", afterOrd), ("$upto", upToOrd) };
        var where = new List<string> { "p.id > $after", "p.id <= $upto" };
        if (statuses.Count > 0)
        {
            where.Add($"p.status IN ({Placeholders("$s", statuses.Select(PairNames.Of).ToList(), parameters)})");
        }
        var findingTerms = new List<string>();
        if (checks.Count > 0)
        {
            findingTerms.Add($"f.check_id IN ({Placeholders("$c", checks.ToList(), parameters)})");
        }
        if (severities.Count > 0)
        {
            findingTerms.Add($"f.severity IN ({Placeholders("$v", severities.Select(FindingWriter.SeverityName).ToList(), parameters)})");
        }
        if (findingTerms.Count > 0)
        {
            where.Add($"EXISTS (SELECT 1 FROM findings f WHERE f.pair_id = p.id AND ({string.Join(" OR ", findingTerms)}))");
        }
        return Scalar($"SELECT count(*) FROM pairs p WHERE {string.Join(" AND ", where)}", [.. parameters]);
    }

    private static string Placeholders(string prefix, List<string> values, List<(string, object?)> parameters)
    {
        var names = values.Select((_, i) => $"{prefix}{i}").ToList();
        parameters.AddRange(names.Zip(values, (name, value) => (name, (object?)value)));
        return string.Join(", ", names);
    }
}
