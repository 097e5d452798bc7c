namespace Review.Text;

/// <summary>
/// Visible names for characters that reorder or hide text: bidi embeddings, overrides and isolates
/// (the "Trojan Source" characters), zero-width and other invisible format characters.
/// </summary>
internal static class InvisibleMarkers
{
    internal static bool Has(char c) =>
        c == '\u061C' || c == '\u180E'
        || c is >= '\u200B' and <= '\u200F'
        || c is >= '\u2028' and <= '\u202E'
        || c is >= '\u2060' and <= '\u206F'
        || c == '\uFEFF'
        || c is >= '\uFFF9' and <= '\uFFFB';

    internal static string For(char c) => "⟨" + Name(c) + "⟩";

    private static string Name(char c) => c switch
    {
        '\u061C' => "ALM",
        '\u180E' => "MVS",
        '\u200B' => "ZWSP",
        '\u200C' => "ZWNJ",
        '\u200D' => "ZWJ",
        '\u200E' => "LRM",
        '\u200F' => "RLM",
        '\u2028' => "LS",
        '\u2029' => "PS",
        '\u202A' => "LRE",
        '\u202B' => "RLE",
        '\u202C' => "PDF",
        '\u202D' => "LRO",
        '\u202E' => "RLO",
        '\u2060' => "WJ",
        '\u2066' => "LRI",
        '\u2067' => "RLI",
        '\u2068' => "FSI",
        '\u2069' => "PDI",
        '\uFEFF' => "BOM",
        _ => $"U+{(int)c:X4}",
    };
}
