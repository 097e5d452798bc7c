namespace Review.Terminal.Buffers;

/// <summary>
/// Reuses one string per single-unit grapheme, so drawing a frame of ASCII and Hangul allocates
/// nothing per cell.
/// </summary>
internal static class GraphemeStrings
{
    private static readonly string?[] SingleUnit = new string?[char.MaxValue + 1];

    internal static string Get(ReadOnlySpan<char> grapheme)
    {
        if (grapheme.Length != 1)
        {
            return grapheme.ToString();
        }

        var c = grapheme[0];
        return SingleUnit[c] ??= c.ToString();
    }
}
