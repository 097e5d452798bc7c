using System.Globalization;

namespace Review.Core.Formats;

/// <summary>
/// Reads a gettext PO file. Each entry is a pair (a plural entry one pair per msgstr[i]); its id is
/// the file name, the msgctxt and the msgid (<c>apt-ko:ctxt|msgid[1]</c>), stable across msgmerge
/// updates. Everything else of the entry goes into the metadata (<see cref="PoMetadata"/>). The
/// header gives the target language; it and obsolete entries are not pairs, and ride along in the
/// metadata of a pair so that export can write them back. Pairs are handed out one entry late,
/// so that obsolete entries found later can still join the last one.
/// </summary>
public sealed class PoReader : IPairReader
{
    private readonly LineSource _lines;
    private readonly LanguagePair? _givenLanguages;
    private readonly long _totalBytes;
    private readonly string _stem;
    private PoHeader _header = PoHeader.None;
    private string? _headerRaw;
    private readonly List<string> _obsolete = [];
    private long _fuzzy;
    private readonly string? _undecodable;

    public PoReader(Stream stream, string fileName, LanguagePair? languages)
    {
        _lines = new LineSource(stream, fileName);
        _givenLanguages = languages;
        _totalBytes = stream.CanSeek ? stream.Length : 0;
        _stem = Path.GetFileNameWithoutExtension(fileName);
        var charset = PoCharset.Sniff(_lines.Peek(HeaderBytes));
        if (!PoCharset.IsUtf8(charset))
        {
            if (PoCharset.Decoder(charset!) is { } decoding)
            {
                _lines.DecodeAs(charset!, decoding);
            }
            else
            {
                _undecodable = charset;
            }
        }
    }

    /// <summary>How far into the file the header's charset is looked for: a header is a few hundred bytes.</summary>
    private const int HeaderBytes = 64 * 1024;

    public PairFormat Format => PairFormat.Po;

    public string FileName => _lines.FileName;

    public LanguagePair Languages => _givenLanguages ?? new LanguagePair("en", TargetLanguage);

    public bool DeclaresLanguages => _header.Language is { } l && LanguageTags.IsTag(l) || LanguageTags.IsTag(_stem);

    public string Description => _header.Language is { } language
        ? $"msgid -> source, msgstr -> target, Language: {language}"
        : "msgid -> source, msgstr -> target, no Language: in the header";

    public string TargetName => "msgstr";

    public long BytesRead => _lines.BytesRead;

    public long TotalBytes => _totalBytes;

    /// <summary>How many obsolete entries were skipped (and kept for export).</summary>
    public long ObsoleteCount { get; private set; }

    public IReadOnlyList<string> Notes =>
    [
        .. _fuzzy == 0 ? Array.Empty<string>() : [$"{_fuzzy} fuzzy entries need review (imported as pending, flagged fuzzy)"],
        .. ObsoleteCount == 0 ? Array.Empty<string>() : [$"skipped {ObsoleteCount} obsolete (#~) entries; export writes them back"],
        .. _lines.Decoding is null ? Array.Empty<string>() : [$"decoded from {_lines.Charset}; export writes UTF-8"],
    ];

    private string TargetLanguage =>
        _header.Language is { } l && LanguageTags.IsTag(l) ? l
        : LanguageTags.IsTag(_stem) ? _stem
        : LanguagePair.Default.Target;

    public IEnumerable<PairRecord> Records()
    {
        if (_undecodable is not null)
        {
            throw new InputException(FileName, null,
                $"the header says charset={_undecodable}, which review cannot decode: convert with msgconv --to-code=UTF-8");
        }
        List<PairRecord>? held = null;
        var first = true;
        foreach (var entry in new PoParser(_lines).Entries())
        {
            if (entry.Obsolete)
            {
                ObsoleteCount++;
                _obsolete.Add(entry.RawText);
                continue;
            }
            if (first && entry.IsHeader)
            {
                ReadHeader(entry);
                first = false;
                continue;
            }
            first = false;
            if (held is not null)
            {
                foreach (var record in Release(held))
                {
                    yield return record;
                }
            }
            held = ToRecords(entry);
        }
        if (held is not null)
        {
            foreach (var record in Release(held))
            {
                yield return record;
            }
        }
    }

    public void Dispose() => _lines.Dispose();

    private void ReadHeader(PoEntry entry)
    {
        _header = PoHeader.Parse(entry.Translations[0]);
        _headerRaw = entry.RawText;
        if (_header.IsUtf8 && _lines.Decoding is null)
        {
            return;
        }
        if (!string.Equals(_header.Charset, _lines.Charset, StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(FileName, entry.Line,
                $"the header's charset={_header.Charset} is not where review looked for it (it found {_lines.Charset}): convert with msgconv --to-code=UTF-8");
        }
        // The texts are UTF-8 from here on, and so is every file written from them.
        _headerRaw = _headerRaw.Replace($"charset={_header.Charset}", "charset=UTF-8", StringComparison.OrdinalIgnoreCase);
    }

    private List<PairRecord> ToRecords(PoEntry entry)
    {
        if (entry.IsFuzzy)
        {
            _fuzzy++;
        }
        var key = $"{_stem}:{(entry.Context is null ? "" : entry.Context + "|")}{entry.Id}";
        if (entry.IdPlural is null)
        {
            if (entry.Translations.Count != 1)
            {
                throw new InputException(FileName, entry.Line, "msgstr[N] without msgid_plural");
            }
            return [Record(entry, key, entry.Id!, entry.Translations[0], PoMetadata.From(entry, null))];
        }
        return entry.Translations
            .Select((text, i) => Record(entry, $"{key}[{i.ToString(CultureInfo.InvariantCulture)}]", i == 0 ? entry.Id! : entry.IdPlural, text, PoMetadata.From(entry, i)))
            .ToList();
    }

    private static PairRecord Record(PoEntry entry, string id, string source, string target, PoMetadata metadata) =>
        new(entry.Line, id, source, target, null, metadata.ToJson());

    /// <summary>The held entry's pairs; the header joins the file's first pair, obsolete entries seen so far its last.</summary>
    private List<PairRecord> Release(List<PairRecord> records)
    {
        if (_headerRaw is not null)
        {
            records[0] = With(records[0], m => m with { Header = _headerRaw });
            _headerRaw = null;
        }
        if (_obsolete.Count > 0)
        {
            records[^1] = With(records[^1], m => m with { Obsolete = (m.Obsolete ?? "") + string.Join("\n", _obsolete) });
            _obsolete.Clear();
        }
        return records;
    }

    private static PairRecord With(PairRecord record, Func<PoMetadata, PoMetadata> change) =>
        record with { MetadataJson = change(PoMetadata.Of(record.MetadataJson)!).ToJson() };
}
