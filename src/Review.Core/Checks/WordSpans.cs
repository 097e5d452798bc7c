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
        if (HasOnlyPlainSpaces(text))
        {
            FillBetweenSpaces(text, words);
            return;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
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

    /// <summary>True when the only white space in <paramref name="text"/> is U+0020, as in most
    /// texts. Two vectorised range scans prove it: every other white space character is a control
    /// from U+0009 to U+000D or lies in U+0085..U+3000, where Hangul, Han, kana and ASCII never do.</summary>
    public static bool HasOnlyPlainSpaces(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\t', '\r') < 0 && text.IndexOfAnyInRange('\u0085', '\u3000') < 0;

    // A plain loop: words are a few characters long, too short for a vectorised search to pay.
    private static void FillBetweenSpaces(string text, List<TextSpan> words)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ')
            {
                continue;
            }

            if (i > start)
            {
                words.Add(new TextSpan(start, i - start));
            }

            start = i + 1;
        }

        if (text.Length > start)
        {
            words.Add(new TextSpan(start, text.Length - start));
        }
    }

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
