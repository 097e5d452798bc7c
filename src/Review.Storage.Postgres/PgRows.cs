using Npgsql;
using Review.Core.Pairs;

namespace Review.Storage.Postgres;

/// <summary>The column lists every pair and decision query selects, and their mapping back to the domain.</summary>
internal static class PgRows
{
    public const string PairColumns =
        "p.id, p.ord, p.raw_fields, p.external_id, p.source, p.target, p.original_target, p.suggestion, p.metadata_json, " +
        "p.source_lang, p.target_lang, p.import_id, p.repair_json";

    /// <summary>How many columns <see cref="PairColumns"/> names: a query's next column comes after them.</summary>
    public const int PairColumnCount = 13;

    public const string DecisionColumns = "d.id, d.pair_id, d.kind, d.raw_fields, d.final_target, d.annotator, d.at, d.note, d.supersedes, d.hunks, d.role";

    // Bits of pairs.raw_fields (see Schema).
    public const int ExternalIdBit = 1, SourceBit = 2, TargetBit = 4, OriginalTargetBit = 8, SuggestionBit = 16, MetadataBit = 32, RepairBit = 64;

    // Bits of decisions.raw_fields and findings.raw_fields.
    public const int FinalTargetBit = 1, NoteBit = 2, MessageBit = 1, FindingSuggestionBit = 2;

    public static Pair Pair(NpgsqlDataReader reader)
    {
        var raw = reader.GetInt32(2);
        return new Pair(
            new PairId(reader.GetInt64(0)),
            reader.GetInt64(1),
            Text(reader, 3, raw, ExternalIdBit)!,
            Text(reader, 4, raw, SourceBit)!,
            Text(reader, 5, raw, TargetBit)!,
            Text(reader, 6, raw, OriginalTargetBit),
            Text(reader, 7, raw, SuggestionBit),
            Text(reader, 8, raw, MetadataBit),
            reader.GetString(9),
            reader.GetString(10),
            reader.GetInt64(11),
            Text(reader, 12, raw, RepairBit));
    }

    public static Decision Decision(NpgsqlDataReader reader)
    {
        var raw = reader.GetInt32(3);
        return new Decision(
            reader.GetInt64(0),
            new PairId(reader.GetInt64(1)),
            PgNames.Kind(reader.GetString(2)),
            Text(reader, 4, raw, FinalTargetBit),
            reader.GetString(5),
            Time(reader, 6),
            Text(reader, 7, raw, NoteBit),
            reader.IsDBNull(8) ? null : reader.GetInt64(8))
        {
            Hunks = reader.IsDBNull(9) ? null : reader.GetString(9),
            Role = reader.IsDBNull(10) ? DecisionRole.Annotation : PgNames.Role(reader.GetString(10)),
        };
    }

    public static string? Text(NpgsqlDataReader reader, int ordinal, int raw, int bit) =>
        reader.IsDBNull(ordinal) ? null : PgText.Decode(reader.GetString(ordinal), (raw & bit) != 0);

    public static DateTimeOffset Time(NpgsqlDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetFieldValue<DateTime>(ordinal), DateTimeKind.Utc));

    /// <summary>Texts and their raw bits for a row about to be written.</summary>
    public static (object?[] Values, int Raw) Encode(params (string? Text, int Bit)[] fields)
    {
        var values = new object?[fields.Length];
        var raw = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            var (stored, isRaw) = PgText.Encode(fields[i].Text);
            values[i] = stored;
            raw |= isRaw ? fields[i].Bit : 0;
        }
        return (values, raw);
    }
}
