namespace Review.Core.Checks;

/// <summary>The characters UTF-8 bytes 0x80-0xFF turn into when read as Windows-1252, the raw
/// material of the commonest mojibake.</summary>
public static class Windows1252
{
    private const string HighSymbols = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    public static bool IsHighCharacter(char c) => c is >= '\u0080' and <= '\u00FF' || HighSymbols.Contains(c);

    /// <summary>True when a neighbour of <paramref name="index"/> is mojibake debris: a Windows-1252
    /// high character or a Thai letter (what Windows-874 makes of UTF-8 lead bytes). A quote or
    /// space there is a decoded byte, not punctuation the translator wrote.</summary>
    public static bool IsNextToDebris(string text, int index) =>
        (index > 0 && IsDebris(text[index - 1])) || (index + 1 < text.Length && IsDebris(text[index + 1]));

    private static bool IsDebris(char c) => c is (>= '\u0E00' and <= '\u0E7F') || (c != '\u00A0' && IsHighCharacter(c));
}
