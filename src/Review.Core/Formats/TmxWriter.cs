using System.Xml;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Writes TMX 1.4: one <c>tu</c> per pair (tuid = id), the source <c>tuv</c> first. What a pair
/// kept from a TMX file (attributes, props, notes of the <c>tu</c> and <c>tuv</c>s) is written
/// back, then review's own props and decision note (see <see cref="TmxReviewProps"/>). CR is written as <c>&amp;#xD;</c> so it survives XML newline normalisation;
/// characters XML 1.0 forbids become U+FFFD and are counted in <see cref="Notes"/>.
/// </summary>
public sealed class TmxWriter : IPairWriter
{
    private readonly XmlWriter _xml;
    private bool _started;
    private long _replacedCharacters;
    private long _affectedPairs;

    public TmxWriter(TextWriter output)
    {
        _xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        });
    }

    public IReadOnlyList<string> Notes => _replacedCharacters == 0
        ? []
        : [$"{_replacedCharacters} characters that XML 1.0 forbids were replaced by U+FFFD in {_affectedPairs} pairs"];

    public void Write(ExportRow row)
    {
        Start(row.SourceLang);
        var replacedBefore = _replacedCharacters;
        var metadata = KeptMetadata.Split(row.MetadataJson, "tmx");
        var tu = KeptPart.From(metadata.Own, "tu");
        _xml.WriteStartElement("tu");
        _xml.WriteAttributeString("tuid", Clean(row.Id));
        tu.Attributes.ForEach(a => a.WriteTo(_xml));
        tu.Elements.ForEach(e => e.WriteTo(_xml));
        Prop(TmxReviewProps.Status, PairNames.Of(row.Status));
        if (row.Note is not null)
        {
            _xml.WriteElementString("note", Clean(row.Note));
        }
        OptionalProp(TmxReviewProps.Annotator, row.Annotator);
        OptionalProp(TmxReviewProps.DecidedAt, row.Text(ExportField.DecidedAt));
        var original = row.OriginalTarget;
        OptionalProp(TmxReviewProps.OriginalTarget, original == row.Target ? null : original);
        OptionalProp(TmxReviewProps.Suggestion, row.Suggestion);
        OptionalProp(TmxReviewProps.Metadata, metadata.Rest);
        Variant(row.SourceLang, row.Source, KeptPart.From(metadata.Own, "source"));
        Variant(row.TargetLang, row.Target, KeptPart.From(metadata.Own, "target"));
        _xml.WriteEndElement();
        if (_replacedCharacters > replacedBefore)
        {
            _affectedPairs++;
        }
    }

    public void Finish()
    {
        Start("en");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
    }

    private void Start(string sourceLang)
    {
        if (_started)
        {
            return;
        }
        _started = true;
        _xml.WriteStartDocument();
        _xml.WriteStartElement("tmx");
        _xml.WriteAttributeString("version", "1.4");
        _xml.WriteStartElement("header");
        _xml.WriteAttributeString("creationtool", "review");
        _xml.WriteAttributeString("creationtoolversion", "1");
        _xml.WriteAttributeString("segtype", "sentence");
        _xml.WriteAttributeString("o-tmf", "review");
        _xml.WriteAttributeString("adminlang", "en");
        _xml.WriteAttributeString("srclang", sourceLang);
        _xml.WriteAttributeString("datatype", "plaintext");
        _xml.WriteEndElement();
        _xml.WriteStartElement("body");
    }

    private void Prop(string type, string value)
    {
        _xml.WriteStartElement("prop");
        _xml.WriteAttributeString("type", type);
        _xml.WriteString(value);
        _xml.WriteEndElement();
    }

    private void OptionalProp(string type, string? value)
    {
        if (value is not null)
        {
            Prop(type, Clean(value));
        }
    }

    private void Variant(string lang, string text, KeptPart kept)
    {
        _xml.WriteStartElement("tuv");
        _xml.WriteAttributeString("xml", "lang", null, lang);
        kept.Attributes.ForEach(a => a.WriteTo(_xml));
        kept.Elements.ForEach(e => e.WriteTo(_xml));
        _xml.WriteElementString("seg", Clean(text));
        _xml.WriteEndElement();
    }

    private string Clean(string text)
    {
        var clean = XmlText.Sanitize(text, out var replaced);
        _replacedCharacters += replaced;
        return clean;
    }
}
