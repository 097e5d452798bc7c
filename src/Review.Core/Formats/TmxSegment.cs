using System.Security;
using System.Text;
using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// Reads the content of a <c>seg</c>: text is decoded, inline elements (<c>bpt</c>, <c>ph</c>, ...)
/// are kept as their XML text, so <c>a &lt;ph x="1"/&gt; b</c> stays visible to the reviewer.
/// </summary>
internal static class TmxSegment
{
    public static string Read(XmlReader reader, string fileName)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var text = new StringBuilder();
        var segDepth = reader.Depth;
        while (reader.Read() && reader.Depth > segDepth)
        {
            SafeXml.RefuseXInclude(reader, fileName);
            TmxDepth.Check(reader);
            Append(reader, text, inline: reader.Depth > segDepth + 1);
        }
        return text.ToString();
    }

    private static void Append(XmlReader reader, StringBuilder text, bool inline)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                text.Append(inline ? SecurityElement.Escape(reader.Value) : reader.Value);
                break;
            case XmlNodeType.Element:
                AppendStartTag(reader, text);
                break;
            case XmlNodeType.EndElement:
                text.Append("</").Append(reader.Name).Append('>');
                break;
        }
    }

    private static void AppendStartTag(XmlReader reader, StringBuilder text)
    {
        var empty = reader.IsEmptyElement;
        text.Append('<').Append(reader.Name);
        while (reader.MoveToNextAttribute())
        {
            text.Append(' ').Append(reader.Name).Append("=\"").Append(SecurityElement.Escape(reader.Value)).Append('"');
        }
        reader.MoveToElement();
        text.Append(empty ? "/>" : ">");
    }
}
