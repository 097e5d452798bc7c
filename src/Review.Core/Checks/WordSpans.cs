namespace Review.Core.Checks;

/// <summary>White-space separated words (eojeol, for Korean) of a text.</summary>
public static class WordSpans
{
    public static List<TextSpan> Of(string text)
    {
        var words = new List<TextSpan>();
        Fill(text, words);
        return words;
    }

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="words"/>, so a caller
    /// can reuse one list across texts.</summary>
    public static void Fill(string text, List<TextSpan> words)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || IsSpace(text[i]);
            if (!space && start < 0)
            {
                start = i;
            }
            else if (space && start >= 0)
            {
                words.Add(new TextSpan(start, i - start));
                start = -1;
            }
        }
    }

    /// <summary>Exactly <see cref="char.IsWhiteSpace(char)"/>, without its Unicode table lookup for
    /// Hangul and Han: every white space character above Latin-1 lies in U+1680..U+3000.</summary>
    public static bool IsSpace(char c) =>
        c <= '\u00FF' ? char.IsWhiteSpace(c) : c is >= '\u1680' and <= '\u3000' && char.IsWhiteSpace(c);

    public static TextSpan WithoutTrailingPunctuation(string text, TextSpan word)
    {
        var end = word.End;
        while (end > word.Start + 1 && char.IsPunctuation(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(word.Start, end - word.Start);
    }
}
