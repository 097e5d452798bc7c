using System.Runtime.InteropServices;
using System.Text;
using Npgsql;
using Review.Core.Formats;
using Review.Core.Pairs;

namespace Review.Storage.Postgres;

/// <summary>
/// Lays one export row out as <see cref="ExportRow"/> wants it: each field's UTF-8 bytes, or its
/// UTF-16 code units for a text with a lone surrogate (which UTF-8 cannot hold), as SQLite's
/// export does; texts stored hex-encoded (see <see cref="PgText"/>) are decoded first.
/// </summary>
internal sealed class PgExportLayout
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string?[] _fields = new string?[ExportRow.FieldCount];

    /// <summary>Reads the current row (columns in the export query's order) strictly left to right.</summary>
    public ExportRow Row(NpgsqlDataReader reader)
    {
        var pairRaw = reader.GetInt32(0);
        var decisionRaw = reader.IsDBNull(1) ? 0 : reader.GetInt32(1);
        var id = Text(reader, 2, pairRaw, PgRows.ExternalIdBit);
        var source = Text(reader, 3, pairRaw, PgRows.SourceBit);
        // The final text is the decision's when it has one, else the target; its raw bit follows.
        var finalStored = reader.IsDBNull(4) ? null : reader.GetString(4);
        var status = reader.GetString(5);
        var originalStored = reader.GetString(6);
        var suggestion = Text(reader, 7, pairRaw, PgRows.SuggestionBit);
        var annotator = reader.IsDBNull(8) ? null : reader.GetString(8);
        var at = reader.IsDBNull(9) ? (DateTimeOffset?)null : PgRows.Time(reader, 9);
        var note = Text(reader, 10, decisionRaw, PgRows.NoteBit);
        var sourceLang = reader.GetString(11);
        var targetLang = reader.GetString(12);
        var metadata = Text(reader, 13, pairRaw, PgRows.MetadataBit);
        var originalIsTarget = reader.GetBoolean(14);
        // Which column the final text came from decides which raw bit applies.
        var finalRaw = reader.GetBoolean(15)
            ? (decisionRaw & PgRows.FinalTargetBit) != 0
            : (pairRaw & PgRows.TargetBit) != 0;
        _fields[(int)ExportField.Id] = id;
        _fields[(int)ExportField.Source] = source;
        _fields[(int)ExportField.Target] = PgText.Decode(finalStored, finalRaw);
        _fields[(int)ExportField.Status] = status;
        _fields[(int)ExportField.OriginalTarget] = PgText.Decode(originalStored, (pairRaw & (originalIsTarget ? PgRows.TargetBit : PgRows.OriginalTargetBit)) != 0);
        _fields[(int)ExportField.Suggestion] = suggestion;
        _fields[(int)ExportField.Annotator] = annotator;
        _fields[(int)ExportField.DecidedAt] = at is { } time ? DecisionTime.Write(time) : null;
        _fields[(int)ExportField.Note] = note;
        _fields[(int)ExportField.SourceLang] = sourceLang;
        _fields[(int)ExportField.TargetLang] = targetLang;
        _fields[(int)ExportField.Metadata] = metadata;
        return Layout();
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal, int raw, int bit) =>
        reader.IsDBNull(ordinal) ? null : PgText.Decode(reader.GetString(ordinal), (raw & bit) != 0);

    private ExportRow Layout()
    {
        var parts = new byte[ExportRow.FieldCount][];
        int nulls = 0, utf16 = 0, total = 0;
        for (var i = 0; i < ExportRow.FieldCount; i++)
        {
            var text = _fields[i];
            if (text is null)
            {
                nulls |= 1 << i;
                parts[i] = [];
            }
            else if (LoneSurrogates.HasAny(text))
            {
                utf16 |= 1 << i;
                parts[i] = MemoryMarshal.AsBytes(text.AsSpan()).ToArray();
            }
            else
            {
                parts[i] = Utf8.GetBytes(text);
            }
            total += parts[i].Length;
        }
        var bytes = new byte[total];
        var ends = new int[ExportRow.FieldCount];
        var end = 0;
        for (var i = 0; i < ExportRow.FieldCount; i++)
        {
            parts[i].CopyTo(bytes, end);
            end += parts[i].Length;
            ends[i] = end;
        }
        return new ExportRow(bytes, ends, nulls, utf16);
    }
}
