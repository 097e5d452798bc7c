using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// Reads TMX 1.4 (1.1 <c>lang</c> attributes too). The header's <c>srclang</c> (or <c>--lang</c>)
/// picks the source <c>tuv</c>; the first other language of the first TU is the target.
/// <see cref="PairRecord.Line"/> is the TU number; <c>tuid</c> is the id. UTF-16 with a BOM is read as such.
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

    public TmxReader(Stream stream, string fileName, LanguagePair? languages)
    {
        _stream = stream;
        _totalBytes = stream.CanSeek ? stream.Length : 0;
        FileName = fileName;
        _givenLanguages = languages;
        _sourceLang = languages?.Source;
        _targetLang = languages?.Target;
        _xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });
    }

    public PairFormat Format => PairFormat.Tmx;

    public string FileName { get; }

    public LanguagePair Languages => _givenLanguages ?? new LanguagePair(_sourceLang ?? "en", _targetLang ?? "ko");

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
            while (_xml.Read())
            {
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
        var id = _xml.GetAttribute("tuid");
        var segments = ReadTuvs();
        _sourceLang ??= segments.Count > 0 ? segments[0].Lang : null;
        _targetLang ??= segments.Select(s => s.Lang).FirstOrDefault(l => !Matches(l, _sourceLang!));
        var source = Find(segments, _sourceLang, line);
        var target = Find(segments, _targetLang, line);
        return new PairRecord(_tuNumber, string.IsNullOrEmpty(id) ? null : id, source, target, null, null);
    }

    private List<(string Lang, string Text)> ReadTuvs()
    {
        var segments = new List<(string, string)>();
        // Disposed only after a whole TU: disposing skips to the TU's end, which for a TU past the
        // depth limit would read (and stack) the very nesting the limit refuses.
        var tu = _xml.ReadSubtree();
        string? lang = null;
        while (tu.Read())
        {
            if (tu.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            TmxDepth.Check(tu);
            if (tu.LocalName == "tuv")
            {
                lang = tu.GetAttribute("xml:lang") ?? tu.GetAttribute("lang") ?? "";
            }
            else if (tu.LocalName == "seg" && lang is not null)
            {
                segments.Add((lang, TmxSegment.Read(tu)));
            }
        }
        tu.Dispose();
        return segments;
    }

    private string Find(List<(string Lang, string Text)> segments, string? lang, int line)
    {
        var exact = segments.FindIndex(s => lang is not null && string.Equals(s.Lang, lang, StringComparison.OrdinalIgnoreCase));
        var index = exact >= 0 ? exact : segments.FindIndex(s => lang is not null && Matches(s.Lang, lang));
        if (index < 0)
        {
            throw new InputException(FileName, line, $"TU {_tuNumber}: missing field: no tuv for language \"{lang ?? "(none)"}\"");
        }
        return segments[index].Text;
    }

    private static bool Matches(string tag, string lang) =>
        string.Equals(tag, lang, StringComparison.OrdinalIgnoreCase) || LanguageTags.SameLanguage(tag, lang);
}
