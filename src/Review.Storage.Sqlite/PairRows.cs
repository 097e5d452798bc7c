using Microsoft.Data.Sqlite;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

/// <summary>The one column list every pair query selects, and its mapping back to <see cref="Pair"/>.</summary>
internal static class PairRows
{
    public const string Columns =
        "p.id, p.external_id, p.source, p.target, p.original_target, p.suggestion, p.metadata_json, " +
        "p.source_lang, p.target_lang, p.import_id, p.repair_json";

    public static Pair Read(SqliteDataReader reader)
    {
        var id = reader.GetInt64(0);
        return new Pair(
            new PairId(id),
            id,
            StoredText.ReadRequired(reader, 1),
            StoredText.ReadRequired(reader, 2),
            StoredText.ReadRequired(reader, 3),
            StoredText.Read(reader, 4),
            StoredText.Read(reader, 5),
            StoredText.Read(reader, 6),
            reader.GetString(7),
            reader.GetString(8),
            reader.GetInt64(9),
            StoredText.Read(reader, 10));
    }
}
