using Review.Core.Ports;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    public IReadOnlyDictionary<string, long> Assign(IReadOnlyList<string> annotators, SliceMethod by)
    {
        if (annotators.Count == 0)
        {
            throw new ArgumentException("name at least one annotator", nameof(annotators));
        }
        return Write("assign the slices", () =>
        {
            Execute("DELETE FROM slices");
            var total = Scalar("SELECT count(*) FROM pairs");
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            // Both methods deal by corpus position (ord), one set-based INSERT per annotator.
            for (var i = 0; i < annotators.Count; i++)
            {
                var (condition, parameters) = by == SliceMethod.RoundRobin
                    ? ("(rank - 1) % @n = @i", new (string, object?)[] { ("n", (long)annotators.Count), ("i", (long)i) })
                    : ("rank > @from AND rank <= @to", [("from", total * i / annotators.Count), ("to", total * (i + 1) / annotators.Count)]);
                counts[annotators[i]] = counts.GetValueOrDefault(annotators[i]) + Execute($"""
                    INSERT INTO slices (pair_id, annotator)
                    SELECT id, @annotator FROM (SELECT id, row_number() OVER (ORDER BY ord) AS rank FROM pairs) ranked WHERE {condition}
                    """, [("annotator", PgText.Plain(annotators[i], "annotator name")), .. parameters]);
            }
            return (IReadOnlyDictionary<string, long>)counts;
        });
    }
}
