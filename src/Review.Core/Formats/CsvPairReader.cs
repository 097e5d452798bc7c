using System.Text;
using CsvHelper;

namespace Review.Core.Formats;

/// <summary>
/// Reads CSV or TSV with a header row: RFC 4180 quoting, newlines inside quoted fields, no trimming.
/// Columns are chosen from the header like JSONL keys; other columns go to the metadata object.
/// An empty id or suggestion cell counts as absent. A bare CR ends a record, as RFC 4180 says,
/// so texts containing CR must be quoted (the TSV exporter does).
/// </summary>
public sealed class CsvPairReader : IPairReader
{
    private readonly StrictUtf8Stream _bytes;
    private readonly CsvReader _csv;
    private readonly FieldOptions _options;
    private readonly LanguagePair? _givenLanguages;
    private readonly long _totalBytes;
    private string[] _header = [];
    private FieldChoice? _choice;
    private int[] _columns = [];

    public CsvPairReader(Stream stream, string fileName, PairFormat format, FieldOptions options, LanguagePair? languages)
    {
        Format = format;
        FileName = fileName;
        _totalBytes = stream.CanSeek ? stream.Length : 0;
        _bytes = new StrictUtf8Stream(stream, fileName);
        _csv = CsvReader.Create(_bytes, Options(format), leaveOpen: false);
        _options = options;
        _givenLanguages = languages;
    }

    public PairFormat Format { get; }

    public string FileName { get; }

    public LanguagePair Languages => _givenLanguages ?? _choice?.Languages ?? LanguagePair.Default;

    public bool DeclaresLanguages => _choice?.Languages is not null;

    public string Description => _choice?.Describe() ?? "no records";

    public string TargetName => _choice?.Target ?? "target";

    public long BytesRead => _bytes.Position;

    public long TotalBytes => _totalBytes;

    public IEnumerable<PairRecord> Records()
    {
        while (Next())
        {
            yield return ToRecord();
        }
    }

    public void Dispose()
    {
        _csv.Dispose();
        _bytes.Dispose();
    }

    private static CsvReaderOptions Options(PairFormat format) => new()
    {
        Separator = format == PairFormat.Tsv ? '\t' : ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrimWhitespace = false,
        MaxRecordSize = LineSource.MaxLineBytes,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        DetectSeparatorHint = false,
        NullValues = [],
        Encoding = new UTF8Encoding(false, true),
    };

    private bool Next()
    {
        try
        {
            var more = _csv.Read();
            if (_choice is null && _csv.Headers is { Count: > 0 } headers)
            {
                ChooseColumns(headers);
            }
            return more;
        }
        catch (CsvFormatException e)
        {
            throw new InputException(FileName, e.LineNumber > 0 ? e.LineNumber : null, $"malformed {PairFormats.Of(Format)}: {e.Message}");
        }
    }

    private void ChooseColumns(IReadOnlyList<string> headers)
    {
        _header = [.. headers];
        // As with a repeated JSON key, tools disagree on which of two same-named columns counts.
        if (_header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new InputException(FileName, 1, $"duplicate column \"{repeated.Key}\" in the header");
        }
        var fields = _header.Select(h => (h, true)).ToList();
        _choice = FieldChooser.Choose(fields, _options, _givenLanguages, FileName, 1);
        _columns = [Column(_choice.Source), Column(_choice.Target), OptionalColumn(_choice.Suggestion), OptionalColumn(_choice.Id)];
    }

    private int Column(string name)
    {
        var index = Array.IndexOf(_header, name);
        return index >= 0 ? index : throw new InputException(FileName, 1, $"missing column \"{name}\" in the header");
    }

    private int OptionalColumn(string? name) => name is null ? -1 : Array.IndexOf(_header, name);

    private PairRecord ToRecord()
    {
        var line = _csv.LineNumber;
        var count = _csv.FieldCount;
        if (count <= Math.Max(_columns[0], _columns[1]))
        {
            throw new InputException(FileName, line, $"missing field: {count} columns but the header has {_header.Length}");
        }
        return new PairRecord(line, Cell(_columns[3]), _csv.GetString(_columns[0]), _csv.GetString(_columns[1]), Cell(_columns[2]), Metadata());
    }

    private string? Cell(int column) =>
        column < 0 || column >= _csv.FieldCount || _csv.IsEmpty(column) ? null : _csv.GetString(column);

    private string? Metadata()
    {
        StringBuilder? json = null;
        for (var i = 0; i < _header.Length && i < _csv.FieldCount; i++)
        {
            if (_choice!.IsPairField(_header[i]))
            {
                continue;
            }
            json = json is null ? new StringBuilder("{") : json.Append(',');
            json.Append(JsonStrings.Quote(_header[i])).Append(':').Append(JsonStrings.Quote(_csv.GetString(i)));
        }
        return json?.Append('}').ToString();
    }
}
