using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// One JSON object per line with a fixed key order: id, source, target, status, original_target,
/// suggestion, annotator, decided_at (ISO 8601 UTC), note, source_lang, target_lang, metadata.
/// Texts go from the store's UTF-8 to the file without a detour through strings; a text holding a
/// lone surrogate takes the <see cref="JsonStrings"/> path, so every UTF-16 code unit survives.
/// </summary>
public sealed class JsonlWriter : IPairWriter
{
    private static readonly (ExportField Field, byte[] Key)[] Strings =
    [
        (ExportField.Source, ",\"source\":"u8.ToArray()),
        (ExportField.Target, ",\"target\":"u8.ToArray()),
        (ExportField.Status, ",\"status\":"u8.ToArray()),
        (ExportField.OriginalTarget, ",\"original_target\":"u8.ToArray()),
        (ExportField.Suggestion, ",\"suggestion\":"u8.ToArray()),
        (ExportField.Annotator, ",\"annotator\":"u8.ToArray()),
        // The store keeps times in the export's own form (ISO 8601 UTC with milliseconds).
        (ExportField.DecidedAt, ",\"decided_at\":"u8.ToArray()),
        (ExportField.Note, ",\"note\":"u8.ToArray()),
        (ExportField.SourceLang, ",\"source_lang\":"u8.ToArray()),
        (ExportField.TargetLang, ",\"target_lang\":"u8.ToArray()),
    ];

    private readonly Stream _out;

    public JsonlWriter(Stream output) => _out = output;

    /// <summary>When set, each record ends with <c>"decisions"</c>: every annotator's current decision (see <see cref="TeamDecisionsJson"/>).</summary>
    public Func<string, Review.Core.Agreement.PairDecisions>? TeamDecisions { get; init; }

    public IReadOnlyList<string> Notes => [];

    public void Write(ExportRow row)
    {
        _out.Write("{\"id\":"u8);
        String(row, ExportField.Id);
        foreach (var (field, key) in Strings)
        {
            _out.Write(key);
            String(row, field);
        }
        _out.Write(",\"metadata\":"u8);
        // Metadata is stored as JSON already.
        if (row.TryGetUtf8(ExportField.Metadata, out var metadata))
        {
            _out.Write(metadata);
        }
        else
        {
            _out.Write(Encoding.UTF8.GetBytes(row.MetadataJson ?? "null"));
        }
        if (TeamDecisions is { } decisions)
        {
            _out.Write(",\"decisions\":"u8);
            _out.Write(Encoding.UTF8.GetBytes(TeamDecisionsJson.Of(decisions(row.Id))));
        }
        _out.Write("}\n"u8);
    }

    public void Finish() => _out.Flush();

    private void String(ExportRow row, ExportField field)
    {
        if (row.TryGetUtf8(field, out var utf8))
        {
            JsonStrings.Write(_out, utf8);
        }
        else if (row.Text(field) is { } text)
        {
            // A lone surrogate is written as a \u escape, so the quoted text is valid UTF-8.
            _out.Write(Encoding.UTF8.GetBytes(JsonStrings.Quote(text)));
        }
        else
        {
            _out.Write("null"u8);
        }
    }
}
