using System.Text;
using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// Looks at the first bytes of a file for the marks of a format: the root element of XML, the
/// keywords of PO, the brace of JSONL. <see cref="Roots"/> maps XML root elements to formats,
/// one line per format.
/// </summary>
public static class ContentSniffer
{
    public const int HeadBytes = 4096;

    private static readonly Dictionary<string, PairFormat> Roots = new(StringComparer.Ordinal)
    {
        ["tmx"] = PairFormat.Tmx,
        ["xliff"] = PairFormat.Xliff,
    };

    /// <summary>The formats that are XML, which a file's root element must name.</summary>
    public static IReadOnlyCollection<PairFormat> XmlFormats => Roots.Values;

    /// <summary>What the head of a file shows: a format (null when none is known) and the evidence, said for messages.</summary>
    public static ContentEvidence Sniff(byte[] head)
    {
        if (LiteDbFields.IsLiteDb(head))
        {
            return new ContentEvidence(PairFormat.Litedb, "it has LiteDB's file header");
        }
        if (head.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return FromRoot(head);
        }
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<'))
        {
            return FromRoot(head);
        }
        if (text.StartsWith('{'))
        {
            return new ContentEvidence(PairFormat.Jsonl, "the first line starts with '{'");
        }
        return LooksLikePo(text)
            ? new ContentEvidence(PairFormat.Po, "it starts with PO entries (msgid)")
            : new ContentEvidence(null, "the first line is plain text");
    }

    /// <summary>A PO file opens with comments and then a msgctxt or msgid line.</summary>
    private static bool LooksLikePo(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            return line.StartsWith("msgid \"", StringComparison.Ordinal) || line.StartsWith("msgctxt \"", StringComparison.Ordinal);
        }
        return false;
    }

    private static ContentEvidence FromRoot(byte[] head)
    {
        var root = RootElement(head);
        if (root is null)
        {
            return new ContentEvidence(null, "it starts with '<' but has no XML root element in its first 4 KB");
        }
        var evidence = $"the root element is <{root}>";
        return new ContentEvidence(Roots.TryGetValue(root, out var format) ? format : null, evidence) { Root = root };
    }

    private static string? RootElement(byte[] head)
    {
        try
        {
            using var xml = XmlReader.Create(new MemoryStream(head), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
            });
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element)
                {
                    return xml.LocalName;
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed before its first element: no root to name.
        }
        return null;
    }
}
