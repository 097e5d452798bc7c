namespace Review.Core.Checks;

/// <summary>The characters UTF-8 bytes 0x80-0xFF turn into when read as Windows-1252, the raw
/// material of the commonest mojibake.</summary>
public static class Windows1252
{
    private const string HighSymbols = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    public static bool IsHighCharacter(char c) => c is >= '\u0080' and <= '\u00FF' || HighSymbols.Contains(c);
}
