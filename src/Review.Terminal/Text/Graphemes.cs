using System.Globalization;

namespace Review.Terminal.Text;

/// <summary>Iterates text by grapheme (extended grapheme clusters, as <see cref="StringInfo"/> defines them).</summary>
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
    public static int NextLength(ReadOnlySpan<char> text)
    {
        if (text.Length <= 1)
        {
            return text.Length;
        }

        // Fast path: a printable ASCII character or precomposed Hangul syllable followed by
        // something that cannot extend it (nothing below U+0300 does) is a grapheme on its own.
        var first = text[0];
        var next = text[1];
        if (((first >= 0x20 && first < 0x7F) || (first >= 0xAC00 && first <= 0xD7A3))
            && (next < 0x300 || (next >= 0xAC00 && next <= 0xD7A3)))
        {
            return 1;
        }

        return StringInfo.GetNextTextElementLength(text);
    }
}
