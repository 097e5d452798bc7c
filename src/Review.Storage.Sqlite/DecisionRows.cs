using Microsoft.Data.Sqlite;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

/// <summary>The column list of decision queries and its mapping back to <see cref="Decision"/>.</summary>
internal static class DecisionRows
{
    public const string Columns = "d.id, d.pair_id, d.kind, d.final_target, d.annotator, d.at, d.note, d.supersedes, d.hunks, d.role";

    public static Decision Read(SqliteDataReader reader) => new Decision(
        reader.GetInt64(0),
        new PairId(reader.GetInt64(1)),
        StoredNames.Kind(reader.GetString(2)),
        StoredText.Read(reader, 3),
        reader.GetString(4),
        DecisionTime.Read(reader.GetString(5)),
        StoredText.Read(reader, 6),
        reader.IsDBNull(7) ? null : reader.GetInt64(7))
    {
        Hunks = reader.IsDBNull(8) ? null : reader.GetString(8),
        Role = reader.IsDBNull(9) ? DecisionRole.Annotation : StoredNames.Role(reader.GetString(9)),
    };
}
