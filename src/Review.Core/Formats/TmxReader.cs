using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// Reads TMX 1.4 (1.1 <c>lang</c> attributes too). The header's <c>srclang</c> (or <c>--lang</c>)
/// picks the source <c>tuv</c>; the first other language of the first TU is the target.
/// <see cref="PairRecord.Line"/> is the TU number; <c>tuid</c> is the id. UTF-16 with a BOM is read as such.
/// The other attributes, props and notes of the <c>tu</c> and of the two <c>tuv</c>s are kept in the
/// metadata under <c>"tmx"</c> (see <see cref="KeptPart"/>) and written back on export; a file of
/// review's own export gives back its decisions (see <see cref="TmxReviewProps"/>).
/// </summary>
public sealed class TmxReader : IPairReader
{
    private readonly Stream _stream;
    private readonly XmlReader _xml;
    private readonly LanguagePair? _givenLanguages;
    private readonly long _totalBytes;
    private string? _sourceLang;
    private string? _targetLang;
    private long _tuNumber;
    private bool _rootChecked;
    private bool? _restoring;

    public TmxReader(Stream stream, string fileName, LanguagePair? languages)
    {
        _stream = stream;
        _totalBytes = stream.CanSeek ? stream.Length : 0;
        FileName = fileName;
        _givenLanguages = languages;
        _sourceLang = languages?.Source;
        _targetLang = languages?.Target;
        _xml = SafeXml.Open(stream);
    }

    public PairFormat Format => PairFormat.Tmx;

    public string FileName { get; }

    public LanguagePair Languages => _givenLanguages ?? new LanguagePair(_sourceLang ?? "en", _targetLang ?? "ko");

    public bool DeclaresLanguages => _targetLang is not null;

    public string Description => $"tuv xml:lang {Languages.Source} -> source, {Languages.Target} -> target";

    public string TargetName => Languages.Target;

    public long BytesRead => _stream.CanSeek ? _stream.Position : 0;

    public long TotalBytes => _totalBytes;

    public IEnumerable<PairRecord> Records()
    {
        while (ReadNext() is { } record)
        {
            yield return record;
        }
    }

    public void Dispose() => _xml.Dispose();

    private PairRecord? ReadNext()
    {
        try
        {
            if (!_rootChecked)
            {
                SafeXml.RequireRoot(_xml, "tmx", "a TMX", FileName);
                _rootChecked = true;
            }
            while (_xml.Read())
            {
                SafeXml.RefuseXInclude(_xml, FileName);
                if (_xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                TmxDepth.Check(_xml);
                if (_xml.LocalName == "header")
                {
                    ReadHeader();
                }
                else if (_xml.LocalName == "tu")
                {
                    _tuNumber++;
                    return ReadTu();
                }
            }
            return null;
        }
        catch (XmlException e)
        {
            throw new InputException(FileName, e.LineNumber, $"TU {_tuNumber}: malformed XML: {e.Message}");
        }
    }

    private void ReadHeader()
    {
        var srclang = _xml.GetAttribute("srclang");
        if (_sourceLang is null && srclang is not null && LanguageTags.IsTag(srclang))
        {
            _sourceLang = srclang;
        }
    }

    private PairRecord ReadTu()
    {
        var line = ((IXmlLineInfo)_xml).LineNumber;
        var unit = TmxUnit.Read(_xml, FileName);
        var segments = unit.Variants;
        _sourceLang ??= segments.Count > 0 ? segments[0].Lang : null;
        _targetLang ??= segments.Select(s => s.Lang).FirstOrDefault(l => !Matches(l, _sourceLang!));
        var source = Find(segments, _sourceLang, line);
        var target = Find(segments, _targetLang, line);
        _restoring ??= TmxReviewProps.HasStatus(unit.Kept);
        var review = _restoring.Value ? TmxReviewProps.Take(unit.Kept) : null;
        var kept = KeptMetadata.Object(("tu", unit.Kept), ("source", source.Kept), ("target", target.Kept));
        var rest = review?.MetadataJson;
        if (rest is not null && !KeptMetadata.IsObject(rest))
        {
            throw Error(line, $"prop \"{TmxReviewProps.Metadata}\" is not a JSON object");
        }
        var id = string.IsNullOrEmpty(unit.Id) ? null : unit.Id;
        return new PairRecord(_tuNumber, id, source.Text, review?.OriginalTargetText ?? target.Text, review?.SuggestionText, KeptMetadata.Join(rest, "tmx", kept))
        {
            Exported = review is null ? null : State(review, target.Text, line),
        };
    }

    private ExportedState State(TmxReviewProps review, string shownTarget, int line) =>
        ExportedStates.From(
            review.StatusName ?? throw Error(line, $"no prop \"{TmxReviewProps.Status}\", which the first TU has: a review export gives every TU its status"),
            shownTarget,
            review.AnnotatorName,
            review.DecidedAtText,
            review.Note,
            new ExportedStates.Names(TmxReviewProps.Annotator, TmxReviewProps.DecidedAt, "note"),
            out var problem) ?? throw Error(line, problem!);

    private InputException Error(int line, string problem) => new(FileName, line, $"TU {_tuNumber}: {problem}");

    private TmxVariant Find(List<TmxVariant> segments, string? lang, int line)
    {
        var exact = segments.FindIndex(s => lang is not null && string.Equals(s.Lang, lang, StringComparison.OrdinalIgnoreCase));
        var index = exact >= 0 ? exact : segments.FindIndex(s => lang is not null && Matches(s.Lang, lang));
        if (index < 0)
        {
            throw new InputException(FileName, line, $"TU {_tuNumber}: missing field: no tuv for language \"{lang ?? "(none)"}\"");
        }
        return segments[index];
    }

    private static bool Matches(string tag, string lang) =>
        string.Equals(tag, lang, StringComparison.OrdinalIgnoreCase) || LanguageTags.SameLanguage(tag, lang);
}
