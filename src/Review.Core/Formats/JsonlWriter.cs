using System.Globalization;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// One JSON object per line with a fixed key order: id, source, target, status, original_target,
/// suggestion, annotator, decided_at (ISO 8601 UTC), note, source_lang, target_lang, metadata.
/// Strings use <see cref="JsonStrings"/>, so every UTF-16 code unit survives.
/// </summary>
public sealed class JsonlWriter : IPairWriter
{
    private readonly TextWriter _out;

    public JsonlWriter(TextWriter output) => _out = output;

    public IReadOnlyList<string> Notes => [];

    public void Write(ExportRow row)
    {
        _out.Write("{\"id\":");
        JsonStrings.Write(_out, row.Id);
        Field("source", row.Source);
        Field("target", row.Target);
        Field("status", PairNames.Of(row.Status));
        Field("original_target", row.OriginalTarget);
        Field("suggestion", row.Suggestion);
        Field("annotator", row.Annotator);
        Field("decided_at", row.DecidedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Field("note", row.Note);
        Field("source_lang", row.SourceLang);
        Field("target_lang", row.TargetLang);
        _out.Write(",\"metadata\":");
        _out.Write(row.MetadataJson ?? "null");
        _out.Write("}\n");
    }

    public void Finish()
    {
    }

    private void Field(string key, string? value)
    {
        _out.Write(",\"");
        _out.Write(key);
        _out.Write("\":");
        if (value is null)
        {
            _out.Write("null");
        }
        else
        {
            JsonStrings.Write(_out, value);
        }
    }
}
