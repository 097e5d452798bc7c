using System.Xml;

namespace Review.Core.Formats;

/// <summary>One <c>tuv</c>: its language, its text, and what review keeps of it (other attributes, props, notes).</summary>
internal sealed record TmxVariant(string Lang, string Text, KeptPart Kept)
{
    /// <summary>Reads the <c>tuv</c> the reader is on and leaves the reader after it.</summary>
    public static TmxVariant Read(XmlReader xml, string fileName)
    {
        var lang = xml.GetAttribute("xml:lang") ?? xml.GetAttribute("lang") ?? "";
        var kept = new KeptPart { Attributes = KeptAttribute.ReadAll(xml, "xml:lang", "lang") };
        var text = "";
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return new TmxVariant(lang, text, kept);
        }
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            SafeXml.RefuseXInclude(xml, fileName);
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
            }
            else if (xml.LocalName is "prop" or "note")
            {
                kept.Elements.Add(KeptElement.Read(xml));
            }
            else if (xml.LocalName == "seg")
            {
                text = TmxSegment.Read(xml, fileName);
                xml.Read();
            }
            else
            {
                xml.Skip();
            }
        }
        xml.Read();
        return new TmxVariant(lang, text, kept);
    }
}
