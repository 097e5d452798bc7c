using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>
    /// A range count over corpus order (ord, which here is not the id). Status and severity names
    /// come from the enums, never from input, so they are inlined; check ids are parameters.
    /// </summary>
    public long CountMatching(IReadOnlySet<PairStatus> statuses, IReadOnlySet<string> checks, IReadOnlySet<Severity> severities, long afterOrd, long upToOrd)
    {
        var where = new List<string> { "p.ord > @after", "p.ord <= @upto" };
        if (statuses.Count > 0)
        {
            where.Add($"p.status IN ({string.Join(", ", statuses.Select(s => $"'{PairNames.Of(s)}'"))})");
        }
        var findingTerms = new List<string>();
        if (checks.Count > 0)
        {
            findingTerms.Add("f.check_id = ANY(@checks)");
        }
        if (severities.Count > 0)
        {
            findingTerms.Add($"f.severity IN ({string.Join(", ", severities.Select(s => $"'{PgNames.Of(s)}'"))})");
        }
        if (findingTerms.Count > 0)
        {
            where.Add($"EXISTS (SELECT 1 FROM findings f WHERE f.pair_id = p.id AND ({string.Join(" OR ", findingTerms)}))");
        }
        return Guard("read the database", () => Scalar($"SELECT count(*) FROM pairs p WHERE {string.Join(" AND ", where)}",
            ("after", afterOrd), ("upto", upToOrd), ("checks", checks.ToArray())));
    }
}
