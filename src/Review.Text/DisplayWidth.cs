using System.Buffers;
using System.Text;

namespace Review.Text;

/// <summary>
/// How many terminal cells text takes, measured per grapheme from the generated Unicode table
/// (never <c>string.Length</c>).
/// </summary>
public static class DisplayWidth
{
    private const int VariationSelector16 = 0xFE0F;

    /// <summary>Cells taken by one code point: 0, 1 or 2. Controls count 0; the sanitizer replaces them.</summary>
    public static int Of(int codePoint)
    {
        if (codePoint < 0x300)
        {
            return codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0) ? 0 : 1;
        }

        // Hangul syllables and the main CJK block are most of the text this tool shows; skip the search.
        if (codePoint is >= 0xAC00 and <= 0xD7A3 or >= 0x4E00 and <= 0x9FFF)
        {
            return 2;
        }

        if (InRanges(WidthTable.ZeroWidth, codePoint))
        {
            return 0;
        }

        return InRanges(WidthTable.Wide, codePoint) ? 2 : 1;
    }

    /// <summary>
    /// Cells taken by one grapheme: the width of its base code point, or 2 when an emoji
    /// presentation selector (U+FE0F) follows the base or it is a regional-indicator flag pair.
    /// </summary>
    public static int OfGrapheme(ReadOnlySpan<char> grapheme)
    {
        if (grapheme.IsEmpty)
        {
            return 0;
        }

        if (Rune.DecodeFromUtf16(grapheme, out var first, out var consumed) != OperationStatus.Done)
        {
            return 1;
        }

        var width = Of(first.Value);
        if (width == 2 || consumed == grapheme.Length)
        {
            return width;
        }

        return HasWidePresentation(first.Value, grapheme[consumed..]) ? 2 : width;
    }

    /// <summary>Total cells taken by <paramref name="text"/>, summed grapheme by grapheme.</summary>
    public static int OfText(ReadOnlySpan<char> text)
    {
        var total = 0;
        foreach (var grapheme in Graphemes.Of(text))
        {
            total += OfGrapheme(grapheme);
        }

        return total;
    }

    /// <summary>True when the code point is emoji-like (Unicode's Extended_Pictographic property).</summary>
    public static bool IsExtendedPictographic(int codePoint) =>
        codePoint >= 0xA9 && InRanges(WidthTable.ExtendedPictographic, codePoint);

    private static bool HasWidePresentation(int baseCodePoint, ReadOnlySpan<char> rest)
    {
        if (rest.IndexOf((char)VariationSelector16) >= 0)
        {
            return true;
        }

        return IsRegionalIndicator(baseCodePoint)
            && Rune.DecodeFromUtf16(rest, out var second, out _) == OperationStatus.Done
            && IsRegionalIndicator(second.Value);
    }

    private static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;

    private static bool InRanges(ReadOnlySpan<int> ranges, int codePoint)
    {
        var low = 0;
        var high = (ranges.Length / 2) - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (codePoint < ranges[middle * 2])
            {
                high = middle - 1;
            }
            else if (codePoint > ranges[(middle * 2) + 1])
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
