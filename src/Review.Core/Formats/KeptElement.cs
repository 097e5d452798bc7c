using System.Xml;

namespace Review.Core.Formats;

/// <summary>A text-only element review does not interpret (a TMX <c>prop</c> or <c>note</c>, an XLIFF <c>note</c>), kept to be written back.</summary>
internal sealed record KeptElement(string Name, IReadOnlyList<KeptAttribute> Attributes, string Text)
{
    /// <summary>Reads the element <paramref name="xml"/> is on and leaves the reader after its end.</summary>
    public static KeptElement Read(XmlReader xml)
    {
        var name = xml.LocalName;
        var attributes = KeptAttribute.ReadAll(xml);
        return new KeptElement(name, attributes, xml.ReadElementContentAsString());
    }

    public void WriteTo(XmlWriter xml, string? ns = null)
    {
        xml.WriteStartElement(Name, ns);
        foreach (var attribute in Attributes)
        {
            attribute.WriteTo(xml);
        }
        xml.WriteString(Text);
        xml.WriteEndElement();
    }
}
