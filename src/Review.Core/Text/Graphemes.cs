using System.Globalization;

namespace Review.Core.Text;

/// <summary>
/// Steps through extended grapheme clusters. Most of our text is ASCII, Hangul syllables and CJK
/// ideographs, where a character followed by another such character is a cluster on its own
/// (UAX #29 joins them only for CR LF, before extending marks, and between conjoining jamo); those
/// skip the general rules, which StringInfo applies to everything else.
/// </summary>
internal static class Graphemes
{
    public static int NextLength(ReadOnlySpan<char> text, int position)
    {
        var c = text[position];
        if (IsSimple(c) && c != '\r' && (position + 1 == text.Length || IsSimple(text[position + 1])))
        {
            return 1;
        }
        return StringInfo.GetNextTextElementLength(text[position..]);
    }

    /// <summary>ASCII (but DEL), a Hangul syllable or a CJK ideograph: never joined to a neighbour but by CR LF.</summary>
    public static bool IsSimple(char c) =>
        c < 0x7F || c is >= '\uAC00' and <= '\uD7A3' or >= '\u4E00' and <= '\u9FFF';
}
