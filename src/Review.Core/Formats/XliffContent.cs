using System.Security;
using System.Text;
using System.Xml;
using Review.Core.Text;

namespace Review.Core.Formats;

/// <summary>
/// Reads the content of an XLIFF <c>source</c> or <c>target</c> into review's stored form (see
/// <see cref="InlineCodes"/>) and writes it back. Paired codes whose content is translatable text
/// (1.2 <c>g</c> and <c>mrk</c>, 2.0 <c>pc</c> and <c>mrk</c>) become an opening and a closing
/// code around that text; every other inline element (<c>x</c>, <c>bx</c>, <c>ex</c>, <c>ph</c>,
/// <c>bpt</c>, <c>ept</c>, <c>it</c>, <c>sc</c>, <c>ec</c>, <c>sm</c>, <c>em</c>, <c>cp</c>) is one
/// code holding its whole element, content included.
/// </summary>
internal static class XliffContent
{
    private static readonly string[] Paired = ["g", "mrk", "pc"];

    /// <summary>Reads the element the reader is on, leaving the reader on its end tag; <paramref name="codes"/> gets each code's markup by label.</summary>
    public static string Read(XmlReader xml, Dictionary<string, string> codes, string fileName)
    {
        var text = new StringBuilder();
        if (xml.IsEmptyElement)
        {
            return "";
        }
        var depth = xml.Depth;
        var open = new Stack<string>();
        while (xml.Read() && xml.Depth > depth)
        {
            SafeXml.RefuseXInclude(xml, fileName);
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (InlineCodes.HasMarker(xml.Value))
                    {
                        throw new InputException(fileName, ((IXmlLineInfo)xml).LineNumber,
                            "the text holds U+FDD0 or U+FDD1, the noncharacters review uses to mark inline codes");
                    }
                    text.Append(xml.Value);
                    break;
                case XmlNodeType.Element when Array.IndexOf(Paired, xml.LocalName) >= 0 && !xml.IsEmptyElement:
                    var label = Label(xml, codes);
                    codes[label] = StartTag(xml, selfClosing: false);
                    codes["/" + label] = $"</{xml.LocalName}>";
                    text.Append(InlineCodes.Code(label));
                    open.Push(label);
                    break;
                case XmlNodeType.Element:
                    var whole = Label(xml, codes);
                    codes[whole] = Whole(xml);
                    text.Append(InlineCodes.Code(whole));
                    break;
                case XmlNodeType.EndElement:
                    text.Append(InlineCodes.Code("/" + open.Pop()));
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// The XML of a stored text: plain runs escaped, codes replaced by their markup from
    /// <paramref name="codes"/> (then <paramref name="fallback"/>, the source's, for a code copied
    /// from the source). A marker with no known label stays as text. Null when the codes do not nest.
    /// </summary>
    public static string? Write(string text, IReadOnlyDictionary<string, string> codes, IReadOnlyDictionary<string, string> fallback, Func<string, string> clean)
    {
        var xml = new StringBuilder();
        var open = new Stack<string>();
        foreach (var part in InlineCodes.Split(text))
        {
            var markup = part.IsCode ? codes.GetValueOrDefault(part.Text) ?? fallback.GetValueOrDefault(part.Text) : null;
            if (markup is null)
            {
                xml.Append(Escape(clean(part.IsCode ? InlineCodes.Code(part.Text) : part.Text)));
                continue;
            }
            if (markup.StartsWith("</", StringComparison.Ordinal))
            {
                if (open.Count == 0 || open.Pop() != markup[2..^1])
                {
                    return null;
                }
            }
            else if (!markup.EndsWith("/>", StringComparison.Ordinal) && !markup.EndsWith($"</{NameOf(markup)}>", StringComparison.Ordinal))
            {
                open.Push(NameOf(markup));
            }
            xml.Append(markup);
        }
        return open.Count == 0 ? xml.ToString() : null;
    }

    private static string NameOf(string markup) => markup[1..].Split(' ', '>', '/')[0];

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\r", "&#xD;", StringComparison.Ordinal);

    /// <summary>The element's name and id (or <c>startRef</c>, <c>hex</c>, else its position), unique within this text.</summary>
    private static string Label(XmlReader xml, Dictionary<string, string> codes)
    {
        var key = xml.GetAttribute("id") ?? xml.GetAttribute("startRef") ?? xml.GetAttribute("hex") ?? "";
        var label = xml.LocalName + key;
        var unique = label;
        for (var n = 2; codes.ContainsKey(unique); n++)
        {
            unique = $"{label}~{n}";
        }
        return unique;
    }

    /// <summary>The whole element, content included, as markup without namespace declarations; leaves the reader on its end.</summary>
    private static string Whole(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return StartTag(xml, selfClosing: true);
        }
        var markup = new StringBuilder(StartTag(xml, selfClosing: false));
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    markup.Append(Escape(xml.Value));
                    break;
                case XmlNodeType.Element:
                    markup.Append(StartTag(xml, xml.IsEmptyElement));
                    break;
                case XmlNodeType.EndElement:
                    markup.Append("</").Append(xml.LocalName).Append('>');
                    break;
            }
        }
        return markup.Append("</").Append(xml.LocalName).Append('>').ToString();
    }

    private static string StartTag(XmlReader xml, bool selfClosing)
    {
        var tag = new StringBuilder("<").Append(xml.LocalName);
        foreach (var attribute in KeptAttribute.ReadAll(xml))
        {
            tag.Append(' ').Append(attribute.Name).Append("=\"").Append(Attribute(attribute.Value)).Append('"');
        }
        return tag.Append(selfClosing ? "/>" : ">").ToString();
    }

    private static string Attribute(string value) =>
        SecurityElement.Escape(value).Replace("\n", "&#xA;", StringComparison.Ordinal).Replace("\r", "&#xD;", StringComparison.Ordinal).Replace("\t", "&#x9;", StringComparison.Ordinal);
}
