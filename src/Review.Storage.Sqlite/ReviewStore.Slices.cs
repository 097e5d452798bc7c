using Review.Core.Ports;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    public IReadOnlyDictionary<string, long> Assign(IReadOnlyList<string> annotators, SliceMethod by)
    {
        if (annotators.Count == 0)
        {
            throw new ArgumentException("name at least one annotator", nameof(annotators));
        }
        return Write(() =>
        {
            using (var clear = Command("DELETE FROM slices"))
            {
                clear.ExecuteNonQuery();
            }
            var total = Scalar("SELECT count(*) FROM pairs");
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            // Both methods deal by corpus position (ord), one set-based INSERT per annotator.
            for (var i = 0; i < annotators.Count; i++)
            {
                var (condition, parameters) = by == SliceMethod.RoundRobin
                    ? ("(rank - 1) % $n = $i", new (string, object?)[] { ("$n", annotators.Count), ("$i", i) })
                    : ("rank > $from AND rank <= $to", [("$from", total * i / annotators.Count), ("$to", total * (i + 1) / annotators.Count)]);
                using var insert = Command($"""
                    INSERT INTO slices (pair_id, annotator)
                    SELECT id, $annotator FROM (SELECT id, row_number() OVER (ORDER BY id) AS rank FROM pairs) WHERE {condition}
                    """, [("$annotator", annotators[i]), .. parameters]);
                counts[annotators[i]] = counts.GetValueOrDefault(annotators[i]) + insert.ExecuteNonQuery();
            }
            return (IReadOnlyDictionary<string, long>)counts;
        });
    }
}
