using System.Buffers;
using System.Globalization;

namespace Review.Core.Text;

/// <summary>
/// Cuts text into sentences for the coarse pass of a diff: after terminal punctuation followed by
/// whitespace, and after every line break. Each sentence keeps its trailing whitespace, so the
/// sentences cover the text exactly, and every cut falls on a grapheme boundary. Chinese and
/// Japanese full stops cut at once, since no space follows them. Only the candidates are looked
/// at, so a long text costs a vectorized scan.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly SearchValues<char> Ends = SearchValues.Create(".!?…。！？\n\r");

    public static List<TextToken> Split(string text)
    {
        var sentences = new List<TextToken>();
        var start = 0;
        var position = 0;
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAny(Ends);
            if (found < 0)
            {
                break;
            }
            var end = position + found;
            var cut = CutAfter(text, end);
            if (cut > start && cut < text.Length && IsBoundary(text, cut))
            {
                sentences.Add(new TextToken(start, cut - start));
                start = cut;
            }
            position = end + 1;
        }
        if (text.Length > start)
        {
            sentences.Add(new TextToken(start, text.Length - start));
        }
        return sentences;
    }

    /// <summary>Where a sentence ending at <paramref name="end"/> would be cut, or -1 if the mark ends none.</summary>
    private static int CutAfter(string text, int end)
    {
        var mark = text[end];
        if (mark is '。' or '！' or '？')
        {
            return end + 1;
        }
        var next = end + 1;
        if (mark is not ('\n' or '\r') && (next >= text.Length || !char.IsWhiteSpace(text[next])))
        {
            return -1;
        }
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return next;
    }

    // A mark that extends the previous character (a combining accent after a full stop or a
    // space) would be split from it; such a spot is no cut.
    private static bool IsBoundary(string text, int cut) =>
        StringInfo.GetNextTextElementLength(text.AsSpan(cut - 1)) == 1;
}
