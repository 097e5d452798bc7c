using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// Reads one JSON object per line. Keys are chosen on the first record (see <see cref="FieldChooser"/>);
/// every key that is not a pair field is kept, with its raw JSON value, in the metadata object.
/// Blank lines are skipped.
/// </summary>
public sealed class JsonlReader : IPairReader
{
    private readonly LineSource _lines;
    private readonly FieldOptions _options;
    private readonly LanguagePair? _givenLanguages;
    private readonly List<JsonField> _fields = [];
    private readonly long _totalBytes;
    private FieldChoice? _choice;

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
        _choice ??= FieldChooser.Choose(
            _fields.Select(f => (f.Name, f.IsString)).ToList(), _options, _givenLanguages, FileName, _lines.LineNumber);
        return new PairRecord(
            _lines.LineNumber,
            IdOf(line),
            RequiredText(line, _choice.Source),
            RequiredText(line, _choice.Target),
            OptionalText(line, _choice.Suggestion),
            Metadata(line));
    }

    private string RequiredText(ReadOnlySpan<byte> line, string name)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            throw _lines.Error($"missing field \"{name}\"");
        }
        var field = _fields[index];
        if (!field.IsString)
        {
            throw _lines.Error($"field \"{name}\" is not a string");
        }
        return JsonStrings.Unescape(line.Slice(field.TextStart, field.TextLength), field.Escaped);
    }

    private string? OptionalText(ReadOnlySpan<byte> line, string? name)
    {
        var index = name is null ? -1 : IndexOf(name);
        if (index < 0 || _fields[index].IsNull)
        {
            return null;
        }
        return RequiredText(line, name!);
    }

    private string? IdOf(ReadOnlySpan<byte> line)
    {
        var index = _choice!.Id is null ? -1 : IndexOf(_choice.Id);
        if (index < 0 || _fields[index].IsNull)
        {
            return null;
        }
        var field = _fields[index];
        var raw = line.Slice(field.TextStart, field.TextLength);
        if (field.IsString)
        {
            return JsonStrings.Unescape(raw, field.Escaped);
        }
        if (raw.IndexOfAny("{[tf"u8) == 0)
        {
            throw _lines.Error($"field \"{field.Name}\" is not a string or number");
        }
        return Utf8Text.Decode(raw);
    }

    private string? Metadata(ReadOnlySpan<byte> line)
    {
        StringBuilder? json = null;
        foreach (var field in _fields)
        {
            if (_choice!.IsPairField(field.Name))
            {
                continue;
            }
            json = json is null ? new StringBuilder("{") : json.Append(',');
            json.Append(JsonStrings.Quote(field.Name)).Append(':').Append(Utf8Text.Decode(line.Slice(field.Start, field.Length)));
        }
        return json?.Append('}').ToString();
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            if (_fields[i].Name == name)
            {
                return i;
            }
        }
        return -1;
    }
}
