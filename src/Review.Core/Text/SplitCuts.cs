using Review.Text;

namespace Review.Core.Text;

/// <summary>
/// Where a split of a pair may cut one side: after a number of the sentence splitter's sentences,
/// then moved by words, so a cut can fall inside a sentence. A word starts after white space, and
/// in Chinese and Japanese (written without spaces) at every Han, kana or bopomofo character.
/// </summary>
public static class SplitCuts
{
    /// <summary>
    /// The offset after <paramref name="sentences"/> sentences, then <paramref name="words"/> words
    /// further (back when negative); null when either runs past the text.
    /// </summary>
    public static int? After(string text, int sentences, int words)
    {
        var boundaries = SentenceSplitter.Split(text);
        if (sentences < 0 || sentences > boundaries.Count)
        {
            return null;
        }
        var from = sentences == 0 ? 0 : boundaries[sentences - 1].End;
        if (words == 0)
        {
            return from;
        }
        var starts = WordStarts(text);
        // The sentence boundary itself need not start a word (a closing quote glued to the next sentence).
        var index = starts.BinarySearch(from);
        var at = index >= 0 ? index : words > 0 ? ~index - 1 : ~index;
        var target = at + words;
        return target >= 0 && target < starts.Count ? starts[target] : null;
    }

    /// <summary>Every place a cut may fall by words, 0 and the text's end included, ascending.</summary>
    public static List<int> WordStarts(string text)
    {
        var starts = new List<int> { 0 };
        var previousSpace = false;
        var previousDense = false;
        var offset = 0;
        foreach (var grapheme in Graphemes.Split(text))
        {
            var space = char.IsWhiteSpace(grapheme[0]);
            var dense = Scripts.Of(grapheme[0]) is Script.Han or Script.Kana or Script.Bopomofo;
            if (offset > 0 && !space && (previousSpace || dense || previousDense))
            {
                starts.Add(offset);
            }
            previousSpace = space;
            previousDense = dense;
            offset += grapheme.Length;
        }
        if (offset > 0)
        {
            starts.Add(offset);
        }
        return starts;
    }
}
