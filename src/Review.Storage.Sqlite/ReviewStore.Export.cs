using Review.Core.Formats;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    private const int ExportPageSize = 2048;

    /// <summary>
    /// A pair a merge left empty is no pair of the current alignment (original_alignment: migration 8):
    /// not exported, and not in anyone's queue.
    /// </summary>
    internal const string EmptiedByMerge =
        "(p.source = '' AND p.target = '' AND EXISTS (SELECT 1 FROM original_alignment o WHERE o.pair_id = p.id))";

    /// <summary>
    /// Every pair (or those with the given statuses) in corpus order with its final text and the
    /// decision behind it. Reads one keyset page at a time and holds no lock between pages, so
    /// memory stays flat at any corpus size and annotators can keep deciding meanwhile. When the
    /// store was opened with <see cref="StoreOptions.VerifyInBackground"/>, the enumeration ends
    /// only once the file's check has passed (it throws otherwise), so an exporter that commits its
    /// output after the last row never publishes rows read from a damaged file.
    /// </summary>
    public IEnumerable<ExportRow> ExportRows(IReadOnlySet<PairStatus>? statuses, bool withEmptiedPairs = false)
    {
        // Status names come from the enum, never from input, so they can be inlined safely.
        var filter = statuses is null
            ? ""
            : $"AND p.status IN ({string.Join(", ", statuses.Select(s => $"'{PairNames.Of(s)}'"))})";
        var emptied = withEmptiedPairs ? "" : $"AND NOT {EmptiedByMerge}";
        using var query = new ExportQuery(Path, ReadOnlyReason is null ? null : StoreFile.ReadOnlySource(Path), _busyTimeout, $"""
            SELECT p.id, p.external_id, p.source, coalesce(d.final_target, p.target), p.status,
                   coalesce(p.original_target, p.target), p.suggestion, d.annotator, d.at, d.note,
                   p.source_lang, p.target_lang, p.metadata_json
            FROM pairs p LEFT JOIN decisions d ON d.id = p.decision_id
            WHERE p.id > ?1 {filter} {emptied}
            ORDER BY p.id LIMIT {ExportPageSize}
            """);
        var after = 0L;
        while (true)
        {
            var count = 0;
            foreach (var (ord, row) in query.Page(after))
            {
                count++;
                after = ord;
                yield return row;
            }
            if (count < ExportPageSize)
            {
                _verification.Require();
                yield break;
            }
        }
    }
}
