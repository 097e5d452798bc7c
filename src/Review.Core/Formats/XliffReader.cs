using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// Reads XLIFF 1.2 (and 1.1, as translate-toolkit's <c>po2xliff</c> writes it) and 2.0: one pair
/// per <c>trans-unit</c>, or per <c>segment</c> of a 2.0 <c>unit</c> (id <c>unit/segment</c> when a
/// unit has several). Languages come from <c>source-language</c>/<c>target-language</c> or
/// <c>srcLang</c>/<c>trgLang</c> (<c>--lang</c> overrides); <see cref="PairRecord.Line"/> is the unit
/// number. Inline codes are stored as <see cref="InlineCodes"/>; the attributes of the file, unit,
/// segment, source and target, notes and the codes' markup go into the metadata under
/// <c>"xliff"</c> (see <see cref="XliffUnit"/>) and are written back on export. A state from another
/// tool is kept there, not taken as a decision (a decision needs who and when); review's own export
/// carries its decisions (see <see cref="XliffReviewAttributes"/>).
/// </summary>
public sealed class XliffReader : IPairReader
{
    private readonly Stream _stream;
    private readonly XmlReader _xml;
    private readonly LanguagePair? _givenLanguages;
    private readonly long _totalBytes;
    private readonly Queue<XliffUnit> _pending = new();
    private string? _sourceLang;
    private string? _targetLang;
    private KeptPart _file = new();
    private bool _version2;
    private bool _rootChecked;
    private bool? _restoring;
    private long _unitNumber;

    public XliffReader(Stream stream, string fileName, LanguagePair? languages)
    {
        _stream = stream;
        _totalBytes = stream.CanSeek ? stream.Length : 0;
        FileName = fileName;
        _givenLanguages = languages;
        _xml = SafeXml.Open(stream);
    }

    public PairFormat Format => PairFormat.Xliff;

    public string FileName { get; }

    public LanguagePair Languages => _givenLanguages ?? new LanguagePair(_sourceLang ?? "en", _targetLang ?? "ko");

    public bool DeclaresLanguages => _targetLang is not null;

    public string Description => $"XLIFF {(_version2 ? "2.0" : "1.2")}, {Languages.Source} -> source, {Languages.Target} -> target";

    public string TargetName => Languages.Target;

    public long BytesRead => _stream.CanSeek ? _stream.Position : 0;

    public long TotalBytes => _totalBytes;

    public IEnumerable<PairRecord> Records()
    {
        while (Next() is { } unit)
        {
            yield return Record(unit);
        }
    }

    public void Dispose() => _xml.Dispose();

    private XliffUnit? Next()
    {
        try
        {
            if (!_rootChecked)
            {
                SafeXml.RequireRoot(_xml, "xliff", "an XLIFF", FileName);
                _rootChecked = true;
                _version2 = _xml.GetAttribute("version")?.StartsWith('2') == true;
                TakeLanguages(_xml.GetAttribute("srcLang"), _xml.GetAttribute("trgLang"));
            }
            while (_pending.Count == 0 && _xml.Read())
            {
                SafeXml.RefuseXInclude(_xml, FileName);
                if (_xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                switch (_xml.LocalName)
                {
                    case "file":
                        TakeLanguages(_xml.GetAttribute("source-language"), _xml.GetAttribute("target-language"));
                        var generated = _xml.GetAttribute(XliffDerived.Generated, XliffReviewAttributes.Namespace)?.Split(' ') ?? [];
                        _file = new KeptPart { Attributes = KeptAttribute.ReadAll(_xml, [.. generated, "source-language", "target-language"]) };
                        break;
                    case "trans-unit" when !_version2:
                        _unitNumber++;
                        _pending.Enqueue(XliffUnits.Read12(_xml, _file, FileName));
                        break;
                    case "unit" when _version2:
                        _unitNumber++;
                        XliffUnits.Read20(_xml, _file, FileName).ForEach(_pending.Enqueue);
                        break;
                }
            }
            return _pending.Count > 0 ? _pending.Dequeue() : null;
        }
        catch (XmlException e)
        {
            throw new InputException(FileName, e.LineNumber, $"unit {_unitNumber}: malformed XML: {e.Message}");
        }
    }

    private void TakeLanguages(string? source, string? target)
    {
        if (source is not null && LanguageTags.IsTag(source))
        {
            Check(ref _sourceLang, source);
        }
        if (target is not null && LanguageTags.IsTag(target))
        {
            Check(ref _targetLang, target);
        }
    }

    private void Check(ref string? known, string found)
    {
        if (_givenLanguages is null && known is not null && !string.Equals(known, found, StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(FileName, ((IXmlLineInfo)_xml).LineNumber,
                $"language \"{found}\" differs from the file's first \"{known}\"; one import holds one language pair: split the file, or pass --lang");
        }
        known = found;
    }

    private PairRecord Record(XliffUnit unit)
    {
        var review = unit.Review;
        _restoring ??= review.Status is not null;
        if (review.Metadata is not null && !KeptMetadata.IsObject(review.Metadata))
        {
            throw Error(unit, "review:metadata is not a JSON object");
        }
        if (_restoring.Value)
        {
            XliffDerived.Strip(unit);
        }
        var metadata = KeptMetadata.Join(review.Metadata, "xliff", unit.KeptJson());
        return new PairRecord(_unitNumber, review.Id ?? unit.Id, unit.Source, review.OriginalTarget ?? unit.Target, review.Suggestion, metadata)
        {
            Exported = _restoring.Value ? State(unit) : null,
        };
    }

    private ExportedState State(XliffUnit unit) =>
        ExportedStates.From(
            unit.Review.Status ?? throw Error(unit, "no review:status, which the first unit has: a review export gives every unit its status"),
            unit.Target,
            unit.Review.Annotator,
            unit.Review.DecidedAt,
            unit.Review.Note,
            XliffReviewAttributes.Names,
            out var problem) ?? throw Error(unit, problem!);

    private InputException Error(XliffUnit unit, string problem) => new(FileName, unit.Line, $"unit \"{unit.Id}\": {problem}");
}
