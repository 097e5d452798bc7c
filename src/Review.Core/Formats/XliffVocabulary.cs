namespace Review.Core.Formats;

/// <summary>
/// The attributes each XLIFF version's schema allows on the elements review writes back. A kept
/// attribute the version does not have (a 1.2 <c>approved</c> on its way into a 2.0 file, say) is
/// left out, so the export stays valid whichever version the pair came from.
/// </summary>
internal static class XliffVocabulary
{
    private static readonly Dictionary<string, string[]> Version12 = new()
    {
        ["file"] = ["original", "datatype", "tool-id", "date", "xml:space", "category", "product-name", "product-version", "build-num"],
        ["trans-unit"] =
        [
            "approved", "translate", "reformat", "xml:space", "datatype", "ts", "phase-name", "restype", "resname", "extradata", "extype",
            "help-id", "menu", "menu-option", "menu-name", "coord", "font", "css-style", "style", "exstyle", "size-unit", "maxwidth",
            "minwidth", "maxheight", "minheight", "maxbytes", "minbytes", "charclass", "merged-trans",
        ],
        ["source"] = ["ts", "xml:lang"],
        ["target"] = ["state", "state-qualifier", "phase-name", "xml:lang", "resname", "coord", "font", "css-style", "style", "exstyle", "equiv-trans", "ts"],
        ["note"] = ["xml:lang", "from", "priority", "annotates"],
    };

    private static readonly Dictionary<string, string[]> Version20 = new()
    {
        ["file"] = ["id", "canResegment", "original", "translate", "srcDir", "trgDir", "xml:space"],
        ["unit"] = ["name", "canResegment", "translate", "srcDir", "trgDir", "xml:space", "type"],
        ["segment"] = ["id", "canResegment", "state", "subState"],
        ["source"] = ["xml:lang", "xml:space"],
        ["target"] = ["xml:lang", "xml:space", "order"],
        ["note"] = ["id", "appliesTo", "category", "priority"],
        ["data"] = ["id", "dir", "xml:space"],
    };

    public static IEnumerable<KeptAttribute> Allowed(bool version2, string element, IEnumerable<KeptAttribute> attributes, params string[] replaced)
    {
        var allowed = (version2 ? Version20 : Version12)[element];
        return attributes.Where(a => Array.IndexOf(allowed, a.Name) >= 0 && Array.IndexOf(replaced, a.Name) < 0);
    }
}
