using System.Globalization;
using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// Writes XLIFF 2.0 (<c>--format xliff2</c>): <c>srcLang</c>/<c>trgLang</c> from the first pair (one
/// language pair per file, as 2.0 has it), a <c>file</c> per run of pairs with the same kept file
/// attributes, a <c>unit</c> with one <c>segment</c> per pair, its kept attributes, notes and original
/// data, the state from <see cref="XliffStates"/> and review's own attributes. A pair id that is
/// not an NMTOKEN, as 2.0 needs, becomes <c>u</c> and the pair's number, with the id in <c>review:id</c>.
/// </summary>
public sealed class Xliff20Writer : IPairWriter
{
    private const string Namespace = "urn:oasis:names:tc:xliff:document:2.0";

    private readonly XliffDocument _document;
    private LanguagePair? _languages;
    private bool _fileOpen;
    private long _pairs;
    private long _files;

    public Xliff20Writer(TextWriter output) => _document = new XliffDocument(output);

    public IReadOnlyList<string> Notes => _document.Notes;

    public void Write(ExportRow row)
    {
        var pair = XliffExportPair.Of(row);
        var xml = _document.Xml;
        _pairs++;
        var languages = new LanguagePair(row.SourceLang, row.TargetLang);
        if (_languages is null)
        {
            _languages = languages;
            _document.Start(Namespace, "2.0", ("srcLang", row.SourceLang), ("trgLang", row.TargetLang));
        }
        else if (languages != _languages)
        {
            throw new ExportException($"pair \"{row.Id}\" is {languages}, the first pair {_languages}: an XLIFF 2.0 file holds one language pair; export with --format xliff (1.2) or per language pair");
        }
        _document.BeginPair();
        var file = XliffVocabulary.Allowed(true, "file", pair.File.Attributes).ToList();
        if (_document.NewFile(file))
        {
            CloseFile();
            _files++;
            xml.WriteStartElement("file");
            var id = file.Find(a => a.Name == "id")?.Value;
            xml.WriteAttributeString("id", id ?? "f" + _files.ToString(CultureInfo.InvariantCulture));
            _document.Attributes(file.Where(a => a.Name != "id"));
            _document.Generated(id is null ? "id" : null);
            _fileOpen = true;
        }
        var idIsToken = IsNmToken(row.Id);
        xml.WriteStartElement("unit");
        xml.WriteAttributeString("id", idIsToken ? row.Id : "u" + _pairs.ToString(CultureInfo.InvariantCulture));
        _document.Attributes(XliffVocabulary.Allowed(true, "unit", pair.Unit.Attributes));
        _document.ReviewAttributes(pair.ReviewAttributes(idNeeded: !idIsToken));
        Group("notes", "note", pair.Unit.Elements);
        Group("originalData", "data", pair.Unit.Elements);
        xml.WriteStartElement("segment");
        var state = XliffStates.State20(row.Status);
        var subState = XliffStates.SubState20(row.Status);
        _document.Attributes(XliffVocabulary.Allowed(true, "segment", pair.Segment.Attributes, state is null ? [] : ["state", "subState"]));
        if (state is not null)
        {
            xml.WriteAttributeString("state", state);
            xml.WriteAttributeString("subState", subState);
        }
        _document.Content("source", XliffVocabulary.Allowed(true, "source", pair.SourcePart.Attributes), pair.SourceXml("2.0", _document.Clean));
        if (pair.WritesTarget)
        {
            _document.Content("target", XliffVocabulary.Allowed(true, "target", pair.TargetPart.Attributes), pair.TargetXml("2.0", _document.Clean));
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        _document.EndPair();
    }

    public void Finish()
    {
        if (!_document.Started)
        {
            _document.Start(Namespace, "2.0", ("srcLang", "en"));
        }
        CloseFile();
        _document.Finish();
    }

    private void Group(string group, string element, List<KeptElement> elements)
    {
        var members = elements.Where(e => e.Name == element).ToList();
        if (members.Count == 0)
        {
            return;
        }
        _document.Xml.WriteStartElement(group);
        foreach (var member in members)
        {
            new KeptElement(element, XliffVocabulary.Allowed(true, element, member.Attributes).ToList(), _document.Clean(member.Text)).WriteTo(_document.Xml);
        }
        _document.Xml.WriteEndElement();
    }

    private void CloseFile()
    {
        if (_fileOpen)
        {
            _document.Xml.WriteEndElement();
            _fileOpen = false;
        }
    }

    private static bool IsNmToken(string id)
    {
        try
        {
            XmlConvert.VerifyNMTOKEN(id);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
