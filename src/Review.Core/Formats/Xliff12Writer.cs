namespace Review.Core.Formats;

/// <summary>
/// Writes XLIFF 1.2 (<c>--format xliff</c>): a <c>file</c> per run of pairs with the same kept
/// file attributes, a <c>trans-unit</c> per pair (id = the pair's id), its kept attributes and
/// notes, the state from <see cref="XliffStates"/> and review's own attributes. Valid against
/// the 1.2 transitional schema (review's attributes are in their own namespace, which the strict
/// schema does not allow).
/// </summary>
public sealed class Xliff12Writer : IPairWriter
{
    private const string Namespace = "urn:oasis:names:tc:xliff:document:1.2";

    private readonly XliffDocument _document;
    private bool _fileOpen;

    public Xliff12Writer(TextWriter output) => _document = new XliffDocument(output);

    public IReadOnlyList<string> Notes => _document.Notes;

    public void Write(ExportRow row)
    {
        var pair = XliffExportPair.Of(row);
        var xml = _document.Xml;
        if (!_document.Started)
        {
            _document.Start(Namespace, "1.2");
        }
        _document.BeginPair();
        var file = XliffVocabulary.Allowed(false, "file", pair.File.Attributes).ToList();
        if (_document.NewFile(file.Append(new KeptAttribute("languages", row.SourceLang + ":" + row.TargetLang))))
        {
            CloseFile();
            xml.WriteStartElement("file");
            var original = file.Find(a => a.Name == "original")?.Value;
            var datatype = file.Find(a => a.Name == "datatype")?.Value;
            xml.WriteAttributeString("original", original ?? "review");
            xml.WriteAttributeString("source-language", row.SourceLang);
            xml.WriteAttributeString("target-language", row.TargetLang);
            xml.WriteAttributeString("datatype", datatype ?? "plaintext");
            _document.Attributes(file.Where(a => a.Name is not ("original" or "datatype")));
            _document.Generated(original is null ? "original" : null, datatype is null ? "datatype" : null);
            xml.WriteStartElement("body");
            _fileOpen = true;
        }
        xml.WriteStartElement("trans-unit");
        xml.WriteAttributeString("id", _document.Clean(row.Id));
        var approved = XliffStates.Approved12(row.Status);
        _document.Attributes(XliffVocabulary.Allowed(false, "trans-unit", pair.Unit.Attributes, approved is null ? [] : ["approved"]));
        if (approved is not null)
        {
            xml.WriteAttributeString("approved", approved);
        }
        _document.ReviewAttributes(pair.ReviewAttributes(idNeeded: false));
        _document.Content("source", XliffVocabulary.Allowed(false, "source", pair.SourcePart.Attributes), pair.SourceXml("1.2", _document.Clean));
        if (pair.WritesTarget)
        {
            var state = XliffStates.State12(row.Status);
            var attributes = XliffVocabulary.Allowed(false, "target", pair.TargetPart.Attributes, state is null ? [] : ["state"]);
            _document.Content("target", state is null ? attributes : attributes.Prepend(new KeptAttribute("state", state)), pair.TargetXml("1.2", _document.Clean));
        }
        foreach (var note in pair.Unit.Elements.Where(e => e.Name == "note"))
        {
            new KeptElement("note", XliffVocabulary.Allowed(false, "note", note.Attributes).ToList(), _document.Clean(note.Text)).WriteTo(xml);
        }
        xml.WriteEndElement();
        _document.EndPair();
    }

    public void Finish()
    {
        if (!_document.Started)
        {
            _document.Start(Namespace, "1.2");
            _document.Xml.WriteStartElement("file");
            _document.Xml.WriteAttributeString("original", "review");
            _document.Xml.WriteAttributeString("source-language", "en");
            _document.Xml.WriteAttributeString("datatype", "plaintext");
            _document.Xml.WriteStartElement("body");
            _fileOpen = true;
        }
        CloseFile();
        _document.Finish();
    }

    private void CloseFile()
    {
        if (_fileOpen)
        {
            _document.Xml.WriteEndElement();
            _document.Xml.WriteEndElement();
            _fileOpen = false;
        }
    }
}
