using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// One <c>tu</c> as read: its id, what review keeps of the <c>tu</c> (attributes but
/// <c>tuid</c>, props and notes) and its variants. Reading leaves the reader on the <c>tu</c>'s end tag (on the <c>tu</c> itself when it is empty), where the reader's own loop goes on.
/// </summary>
internal sealed class TmxUnit
{
    public string? Id { get; private init; }

    public KeptPart Kept { get; private init; } = new();

    public List<TmxVariant> Variants { get; } = [];

    public static TmxUnit Read(XmlReader xml, string fileName)
    {
        var unit = new TmxUnit { Id = xml.GetAttribute("tuid"), Kept = new KeptPart { Attributes = KeptAttribute.ReadAll(xml, "tuid") } };
        if (xml.IsEmptyElement)
        {
            return unit;
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
                unit.Kept.Elements.Add(KeptElement.Read(xml));
            }
            else if (xml.LocalName == "tuv")
            {
                unit.Variants.Add(TmxVariant.Read(xml, fileName));
            }
            else
            {
                xml.Skip();
            }
        }
        return unit;
    }
}
