using System.Globalization;

namespace Review.Text;

/// <summary>
/// Steps through extended grapheme clusters (UAX #29, as <see cref="StringInfo"/> defines them).
/// Most of our text is ASCII, Hangul syllables and CJK ideographs, where a character followed by
/// another such character is a cluster on its own (UAX #29 joins them only for CR LF, before
/// extending marks, and between conjoining jamo); those skip the general rules.
/// </summary>
public static class Graphemes
{
    /// <summary>Allocation-free iteration: <c>foreach (var g in Graphemes.Of(text))</c>.</summary>
    public static GraphemeEnumerator Of(ReadOnlySpan<char> text) => new(text);

    /// <summary>The graphemes of <paramref name="text"/> as strings.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var result = new List<string>();
        foreach (var grapheme in Of(text))
        {
            result.Add(grapheme.ToString());
        }

        return result;
    }

    /// <summary>Length in UTF-16 units of the grapheme at the start of <paramref name="text"/>.</summary>
    public static int NextLength(ReadOnlySpan<char> text) => text.IsEmpty ? 0 : NextLength(text, 0);

    /// <summary>Length in UTF-16 units of the grapheme that starts at <paramref name="position"/>.</summary>
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

    /// <summary>Widens a span to grapheme boundaries, so a highlight never splits a character.</summary>
    public static TextSpan Snap(string text, int start, int length)
    {
        var end = Math.Min(text.Length, start + length);
        start = Math.Clamp(start, 0, text.Length);
        if (IsPlainBoundary(text, start) && IsPlainBoundary(text, end))
        {
            return new TextSpan(start, end - start);
        }

        // Segmenting from a boundary at or before the span gives the clusters segmenting from the
        // start would; starting at 0 made each call linear, and a check snapping every finding quadratic.
        var at = BoundaryAtOrBefore(text, start);
        var snappedStart = at;
        while (at < end || at <= start)
        {
            if (at <= start)
            {
                snappedStart = at;
            }

            if (at >= text.Length)
            {
                break;
            }

            at += NextLength(text, at);
        }

        var snappedEnd = length == 0 ? snappedStart : Math.Min(at, text.Length);
        return new TextSpan(snappedStart, snappedEnd - snappedStart);
    }

    /// <summary>The nearest index at or before <paramref name="index"/> between two simple characters
    /// (the first not CR), which is always a cluster boundary; 0 when there is none.</summary>
    private static int BoundaryAtOrBefore(string text, int index)
    {
        for (var at = Math.Min(index, text.Length - 1); at > 0; at--)
        {
            if (IsSimple(text[at - 1]) && text[at - 1] != '\r' && IsSimple(text[at]))
            {
                return at;
            }
        }

        return 0;
    }

    /// <summary>Nothing below U+0300 starts or continues a cluster, but CR LF.</summary>
    private static bool IsPlainBoundary(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return true;
        }

        var before = text[index - 1];
        var after = text[index];
        return before < 0x300 && after < 0x300 && !(before == '\r' && after == '\n');
    }
}
