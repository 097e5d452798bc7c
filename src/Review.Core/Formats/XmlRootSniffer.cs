using System.Text.RegularExpressions;

namespace Review.Core.Formats;

/// <summary>
/// Names the XML format of a file from the first element of its head (past the declaration,
/// comments and DOCTYPE): <c>&lt;xliff</c> is XLIFF, anything else is read as TMX, whose reader
/// refuses a root that is not <c>tmx</c> and names the format to try.
/// </summary>
internal static partial class XmlRootSniffer
{
    public static PairFormat Format(string head)
    {
        var root = RootElement().Match(head);
        return root.Success && SafeXml.FormatOfRoot(root.Groups["name"].Value) == "xliff" ? PairFormat.Xliff : PairFormat.Tmx;
    }

    [GeneratedRegex(@"<(?![?!])(?:[\w.-]+:)?(?<name>[\w.-]+)")]
    private static partial Regex RootElement();
}
