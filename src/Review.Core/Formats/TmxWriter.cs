using System.Xml;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Writes TMX 1.4: one <c>tu</c> per pair (tuid = id, status and note as <c>prop</c>s), the source
/// <c>tuv</c> first. CR is written as <c>&amp;#xD;</c> so it survives XML newline normalisation;
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
        _xml.WriteStartElement("tu");
        _xml.WriteAttributeString("tuid", Clean(row.Id));
        Prop("x-status", PairNames.Of(row.Status));
        if (row.Note is not null)
        {
            _xml.WriteElementString("note", Clean(row.Note));
        }
        Variant(row.SourceLang, row.Source);
        Variant(row.TargetLang, row.Target);
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

    private void Variant(string lang, string text)
    {
        _xml.WriteStartElement("tuv");
        _xml.WriteAttributeString("xml", "lang", null, lang);
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
