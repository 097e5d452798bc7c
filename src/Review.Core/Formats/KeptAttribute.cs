using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// An attribute review does not interpret, kept in the pair's metadata and written back on export.
/// Only unprefixed and <c>xml:</c> attributes are kept: a foreign namespace's prefix would need its
/// declaration too.
/// </summary>
internal sealed record KeptAttribute(string Name, string Value)
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The attributes of the element <paramref name="xml"/> is on, but those named in <paramref name="read"/>.</summary>
    public static List<KeptAttribute> ReadAll(XmlReader xml, params string[] read)
    {
        var kept = new List<KeptAttribute>();
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if ((xml.NamespaceURI.Length == 0 || xml.NamespaceURI == XmlNamespace) && Array.IndexOf(read, xml.Name) < 0)
                {
                    kept.Add(new KeptAttribute(xml.Name, xml.Value));
                }
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }
        return kept;
    }

    public void WriteTo(XmlWriter xml)
    {
        if (Name.StartsWith("xml:", StringComparison.Ordinal))
        {
            xml.WriteAttributeString("xml", Name[4..], XmlNamespace, Value);
        }
        else
        {
            xml.WriteAttributeString(Name, Value);
        }
    }
}
