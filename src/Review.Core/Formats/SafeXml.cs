using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// The one way review opens an XML file (TMX, XLIFF): a DOCTYPE is skipped, not processed, so
/// no entity is ever expanded and nothing external (DTD, entity, XInclude) is fetched; an
/// undeclared entity reference is malformed XML. XInclude elements are refused outright by
/// <see cref="RefuseXInclude"/>, since no reader here would process them.
/// </summary>
internal static class SafeXml
{
    private const string XInclude = "http://www.w3.org/2001/XInclude";

    public static XmlReader Open(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    /// <summary>
    /// Moves to the root element and checks its name; a file whose root names another known format
    /// says which <c>--format</c> to try.
    /// </summary>
    public static void RequireRoot(XmlReader xml, string expected, string formatName, string fileName)
    {
        if (xml.MoveToContent() == XmlNodeType.Element && xml.LocalName == expected)
        {
            return;
        }
        var found = xml.NodeType == XmlNodeType.Element ? $"the root element is <{xml.LocalName}>" : "it has no root element";
        var hint = xml.NodeType == XmlNodeType.Element && FormatOfRoot(xml.LocalName) is { } other ? $"; try --format {other}" : "";
        throw new InputException(fileName, ((IXmlLineInfo)xml).LineNumber, $"not {formatName} file: {found}{hint}");
    }

    /// <summary>The <c>--format</c> that reads a file with this root element, if review reads it.</summary>
    public static string? FormatOfRoot(string localName) => localName switch
    {
        "tmx" => "tmx",
        "xliff" => "xliff",
        _ => null,
    };

    public static void RefuseXInclude(XmlReader xml, string fileName)
    {
        if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == XInclude)
        {
            throw new InputException(fileName, ((IXmlLineInfo)xml).LineNumber, $"XInclude (<{xml.Name}>) is not read: include the text in the file itself");
        }
    }
}
