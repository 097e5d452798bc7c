using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// Reads one JSON object per line. Keys are chosen on the first record (see <see cref="FieldChooser"/>);
/// every key that is not a pair field is kept, with its raw JSON value, in the metadata object.
/// A file in review's own export shape is read by <see cref="ExportedRecords"/> instead, with its
/// decisions. Blank lines are skipped.
/// </summary>
public sealed class JsonlReader : IPairReader
{
    private readonly LineSource _lines;
    private readonly FieldOptions _options;
    private readonly LanguagePair? _givenLanguages;
    private readonly List<JsonField> _fields = [];
    private readonly long _totalBytes;
    private FieldChoice? _choice;
    private ExportedRecords? _exported;

    public JsonlReader(Stream stream, string fileName, FieldOptions options, LanguagePair? languages)
    {
        _lines = new LineSource(stream, fileName);
        _options = options;
        _givenLanguages = languages;
        _totalBytes = stream.CanSeek ? stream.Length : 0;
    }

    public PairFormat Format => PairFormat.Jsonl;

    public string FileName => _lines.FileName;

    public LanguagePair Languages => _givenLanguages ?? _choice?.Languages ?? LanguagePair.Default;

    public bool DeclaresLanguages => _choice?.Languages is not null;

    public string Description => _choice?.Describe() ?? "no records";

    public string TargetName => _choice?.Target ?? "target";

    public long BytesRead => _lines.BytesRead;

    public long TotalBytes => _totalBytes;

    public IEnumerable<PairRecord> Records()
    {
        while (_lines.MoveNext())
        {
            var record = ReadCurrent();
            if (record is not null)
            {
                yield return record;
            }
        }
    }

    public void Dispose() => _lines.Dispose();

    private PairRecord? ReadCurrent()
    {
        var line = _lines.Current;
        if (line.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }
        _lines.ValidateCurrent();
        var problem = JsonLine.Parse(line, _fields);
        if (problem is not null)
        {
            throw _lines.Error(problem);
        }
        var record = new JsonRecord(line, _fields, _lines);
        _choice ??= Choose(record);
        if (_exported is not null)
        {
            return _exported.Read(record);
        }
        return new PairRecord(
            _lines.LineNumber,
            record.Id(_choice.Id),
            record.Required(_choice.Source),
            record.Required(_choice.Target),
            record.Optional(_choice.Suggestion),
            Metadata(record));
    }

    /// <summary>Our own export is recognised only while no field option is given: options override detection.</summary>
    private FieldChoice Choose(JsonRecord first)
    {
        if (_options == FieldOptions.Detect && ExportedRecords.Matches(_fields))
        {
            _exported = new ExportedRecords(_givenLanguages);
            return _exported.Choice(first);
        }
        return FieldChooser.Choose(_fields.Select(f => (f.Name, f.IsString)).ToList(), _options, _givenLanguages, FileName, _lines.LineNumber);
    }

    private string? Metadata(JsonRecord record)
    {
        StringBuilder? json = null;
        foreach (var field in _fields)
        {
            if (_choice!.IsPairField(field.Name))
            {
                continue;
            }
            json = json is null ? new StringBuilder("{") : json.Append(',');
            json.Append(JsonStrings.Quote(field.Name)).Append(':').Append(record.Raw(field));
        }
        return json?.Append('}').ToString();
    }
}
