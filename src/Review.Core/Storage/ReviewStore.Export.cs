using Review.Core.Formats;
using Review.Core.Pairs;

namespace Review.Core.Storage;

public sealed partial class ReviewStore
{
    private const int ExportPageSize = 2048;

    /// <summary>
    /// Every pair (or those with the given statuses) in corpus order with its final text and the
    /// decision behind it. Reads one keyset page at a time, so memory stays flat at any corpus size.
    /// </summary>
    public IEnumerable<ExportRow> ExportRows(IReadOnlySet<PairStatus>? statuses)
    {
        // Status names come from the enum, never from input, so they can be inlined safely.
        var filter = statuses is null
            ? ""
            : $"AND p.status IN ({string.Join(", ", statuses.Select(s => $"'{PairNames.Of(s)}'"))})";
        var sql = $"""
            SELECT p.id, p.external_id, p.source, coalesce(d.final_target, p.target), p.status,
                   coalesce(p.original_target, p.target), p.suggestion, d.annotator, d.at, d.note,
                   p.source_lang, p.target_lang, p.metadata_json
            FROM pairs p LEFT JOIN decisions d ON d.id = p.decision_id
            WHERE p.id > $after {filter}
            ORDER BY p.id LIMIT {ExportPageSize}
            """;
        var after = 0L;
        while (true)
        {
            var page = ExportPage(sql, after);
            foreach (var (_, row) in page)
            {
                yield return row;
            }
            if (page.Count < ExportPageSize)
            {
                yield break;
            }
            after = page[^1].Ord;
        }
    }

    private List<(long Ord, ExportRow Row)> ExportPage(string sql, long after)
    {
        using var command = Command(sql, ("$after", after));
        using var reader = command.ExecuteReader();
        var page = new List<(long, ExportRow)>(ExportPageSize);
        while (reader.Read())
        {
            page.Add((reader.GetInt64(0), new ExportRow(
                StoredText.ReadRequired(reader, 1),
                StoredText.ReadRequired(reader, 2),
                StoredText.ReadRequired(reader, 3),
                StoredNames.Status(reader.GetString(4)),
                StoredText.ReadRequired(reader, 5),
                StoredText.Read(reader, 6),
                PairRows.NullableText(reader, 7),
                reader.IsDBNull(8) ? null : StoreTime.Read(reader.GetString(8)),
                StoredText.Read(reader, 9),
                reader.GetString(10),
                reader.GetString(11),
                StoredText.Read(reader, 12))));
        }
        return page;
    }
}
