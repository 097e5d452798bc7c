using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// What the two XLIFF writers share: the XML writer (CR entitised, so it survives newline
/// normalisation), the replacement of characters XML 1.0 forbids, review's attributes, and the
/// grouping of consecutive pairs with the same kept file attributes into one <c>file</c>.
/// </summary>
internal sealed class XliffDocument
{
    private readonly TextWriter _output;
    private long _replacedCharacters;
    private long _affectedPairs;
    private long _replacedBefore;
    private string? _fileKey;

    public XliffDocument(TextWriter output)
    {
        _output = output;
        Xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        });
    }

    public XmlWriter Xml { get; }

    public bool Started { get; private set; }

    public IReadOnlyList<string> Notes => _replacedCharacters == 0
        ? []
        : [$"{_replacedCharacters} characters that XML 1.0 forbids were replaced by U+FFFD in {_affectedPairs} pairs"];

    public void Start(string ns, string version, params (string Name, string Value)[] attributes)
    {
        Started = true;
        Xml.WriteStartDocument();
        Xml.WriteStartElement("xliff", ns);
        Xml.WriteAttributeString("version", version);
        foreach (var (name, value) in attributes)
        {
            Xml.WriteAttributeString(name, value);
        }
        Xml.WriteAttributeString("xmlns", XliffReviewAttributes.Prefix, null, XliffReviewAttributes.Namespace);
    }

    /// <summary>Whether the pair starts a new <c>file</c>: its kept file attributes differ from the previous pair's.</summary>
    public bool NewFile(IEnumerable<KeptAttribute> attributes)
    {
        var key = string.Join("\n", attributes.Select(a => a.Name + "=" + a.Value));
        var first = _fileKey is null;
        if (!first && key == _fileKey)
        {
            return false;
        }
        _fileKey = key;
        return true;
    }

    public void BeginPair() => _replacedBefore = _replacedCharacters;

    public void EndPair()
    {
        if (_replacedCharacters > _replacedBefore)
        {
            _affectedPairs++;
        }
    }

    public void Attributes(IEnumerable<KeptAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            new KeptAttribute(attribute.Name, Clean(attribute.Value)).WriteTo(Xml);
        }
    }

    /// <summary>Names the required attributes the writer made up (see <see cref="XliffDerived"/>), so reading the file back drops them.</summary>
    public void Generated(params string?[] names)
    {
        var made = string.Join(' ', names.Where(n => n is not null));
        if (made.Length > 0)
        {
            Xml.WriteAttributeString(XliffReviewAttributes.Prefix, XliffDerived.Generated, XliffReviewAttributes.Namespace, made);
        }
    }

    public void ReviewAttributes(IEnumerable<(string Name, string Value)> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            Xml.WriteAttributeString(XliffReviewAttributes.Prefix, name, XliffReviewAttributes.Namespace, Clean(value));
        }
    }

    /// <summary>An element whose content is XLIFF content already (see <see cref="XliffContent.Write"/>).</summary>
    public void Content(string name, IEnumerable<KeptAttribute> attributes, string content)
    {
        Xml.WriteStartElement(name);
        Attributes(attributes);
        Xml.WriteRaw(content);
        Xml.WriteEndElement();
    }

    public void Finish()
    {
        Xml.WriteEndDocument();
        Xml.Flush();
        _output.Flush();
    }

    public string Clean(string text)
    {
        var clean = XmlText.Sanitize(text, out var replaced);
        _replacedCharacters += replaced;
        return clean;
    }
}
