using Review.Core.Checks;

namespace Review.Core.Align;

/// <summary>
/// The anchors of each sentence: what survives translation unchanged, so a source and a target
/// sentence that share them likely belong together. Numbers (digit runs, so citations
/// <c>[82, 26]</c> and the digits of math count too), printf placeholders by their conversion
/// (<c>%s</c>, <c>%ld</c>, <c>%1$s</c>: translators keep them, reordered), Latin words that occur on
/// both sides of the paragraph (names, <c>LLM</c>, URLs, options, the letters of math), and
/// question and exclamation marks, colons, quotes (of any style), percent signs and opening
/// parentheses. Each anchor is a hash, and each sentence's are sorted, so comparing two beads is a merge.
/// </summary>
public static class AnchorExtractor
{
    private const int WordTag = 0x40000000;
    private const int PlaceholderTag = 0x100;

    /// <summary>The anchors of every source and target sentence of one paragraph pair.</summary>
    public static (int[][] Source, int[][] Target) Of(IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        var sourceTokens = source.Select(Tokens).ToArray();
        var targetTokens = target.Select(Tokens).ToArray();
        var sourceWords = WordsOf(sourceTokens);
        var targetWords = WordsOf(targetTokens);
        return (Kept(sourceTokens, targetWords), Kept(targetTokens, sourceWords));
    }

    /// <summary>How many anchors of the two sides find no partner: the size of the symmetric difference of the multisets.</summary>
    public static int Unmatched(ReadOnlySpan<int> source, ReadOnlySpan<int> target) =>
        source.Length + target.Length - 2 * Matched(source, target);

    /// <summary>How many elements two sorted multisets share.</summary>
    public static int Matched(ReadOnlySpan<int> source, ReadOnlySpan<int> target)
    {
        int s = 0, t = 0, matched = 0;
        while (s < source.Length && t < target.Length)
        {
            if (source[s] == target[t])
            {
                matched++;
                s++;
                t++;
            }
            else if (source[s] < target[t])
            {
                s++;
            }
            else
            {
                t++;
            }
        }
        return matched;
    }

    private static HashSet<int> WordsOf(List<int>[] sentences)
    {
        var words = new HashSet<int>();
        foreach (var tokens in sentences)
        {
            foreach (var token in tokens)
            {
                if ((token & WordTag) != 0)
                {
                    words.Add(token);
                }
            }
        }
        return words;
    }

    private static int[][] Kept(List<int>[] sentences, HashSet<int> otherWords)
    {
        var kept = new int[sentences.Length][];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i].RemoveAll(token => (token & WordTag) != 0 && !otherWords.Contains(token));
            kept[i] = [.. sentences[i]];
            Array.Sort(kept[i]);
        }
        return kept;
    }

    private static List<int> Tokens(string text)
    {
        var tokens = new List<int>();
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            if (NumberScanner.IsDigit(c))
            {
                var hash = 17;
                for (; at < text.Length && NumberScanner.IsDigit(text[at]); at++)
                {
                    hash = hash * 31 + (text[at] & 0xF);
                }
                tokens.Add(hash & ~WordTag & int.MaxValue);
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = at;
                var hash = 23;
                for (; at < text.Length && char.IsAsciiLetter(text[at]); at++)
                {
                    hash = hash * 31 + (text[at] | 0x20);
                }
                if (at - start > 1)
                {
                    tokens.Add((hash & int.MaxValue) | WordTag);
                }
            }
            else if (c == '%' && Placeholder(text, at) is var (conversion, end) && end > at)
            {
                tokens.Add(PlaceholderTag | conversion);
                at = end;
            }
            else
            {
                if (Mark(text, at) is var mark and > 0)
                {
                    tokens.Add(mark);
                }
                at++;
            }
        }
        return tokens;
    }

    /// <summary>The conversion letter of a printf placeholder at <paramref name="at"/> (<c>%</c>, an
    /// optional <c>n$</c>, flags, width, precision, length modifier) and where it ends; end 0 if none.</summary>
    private static (char Conversion, int End) Placeholder(string text, int at)
    {
        var k = at + 1;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || text[k] is '$' or '-' or '+' or '#' or '.' or '*' or '\''))
        {
            k++;
        }
        while (k < text.Length && text[k] is 'l' or 'h' or 'z' or 'j' or 't' or 'L' or 'q' && k + 1 < text.Length && char.IsAsciiLetter(text[k + 1]))
        {
            k++;
        }
        return k < text.Length && "diouxXeEfFgGaAcspnm".Contains(text[k])
            ? (text[k], k + 1)
            : ('\0', 0);
    }

    private static int Mark(string text, int at) => text[at] switch
    {
        '?' or '？' => 1,
        '%' or '％' => 2,
        '(' or '（' => 3,
        ':' or '：' => 4,
        '!' or '！' => 5,
        '"' or '“' or '”' or '«' or '»' or '「' or '」' or '『' or '』' or '‘' or '`' => 6,
        // An apostrophe between letters is an elision (don't), not a quote.
        '\'' or '’' when at == 0 || at + 1 == text.Length || !char.IsAsciiLetter(text[at - 1]) || !char.IsAsciiLetter(text[at + 1]) => 6,
        _ => 0,
    };
}
