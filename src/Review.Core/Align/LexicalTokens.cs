using Review.Core.Checks;

namespace Review.Core.Align;

/// <summary>
/// What the translation lexicon pairs up: lower-case Latin words of three letters or more on the
/// source side (cut to their first six letters); on the target side, characters and character bigrams of Hangul, Han and kana runs
/// (Korean words carry particles and Chinese has no spaces, so whole words would rarely repeat)
/// plus Latin words. Each token is an int (a Latin word's hash, a character, or a bigram's two
/// characters), the same in every process, and a sentence's tokens are sorted and distinct.
/// </summary>
public static class LexicalTokens
{
    /// <summary>Letters of a Latin word that count: its first six, a crude stem, so that install,
    /// installed and installing are one word to a lexicon learnt from a few thousand sentences.</summary>
    private const int Stem = 6;

    public static int[] Source(string text)
    {
        var tokens = new List<int>();
        AddLatinWords(text, tokens, minLength: 3);
        return Distinct(tokens);
    }

    public static int[] Target(string text)
    {
        var tokens = new List<int>();
        AddLatinWords(text, tokens, minLength: 3);
        var previous = '\0';
        foreach (var c in text)
        {
            if (Scripts.Of(c) is Script.Hangul or Script.Han or Script.Kana)
            {
                tokens.Add(0x1000000 | c);
                if (previous != '\0')
                {
                    // Both characters, exactly: a bigram starts at U+1100 or above, so it never meets a single character's token.
                    tokens.Add((previous << 16) | c);
                }
                previous = c;
            }
            else
            {
                previous = '\0';
            }
        }
        return Distinct(tokens);
    }

    private static void AddLatinWords(string text, List<int> tokens, int minLength)
    {
        var at = 0;
        while (at < text.Length)
        {
            if (!char.IsAsciiLetter(text[at]))
            {
                at++;
                continue;
            }
            var start = at;
            var hash = 7;
            for (; at < text.Length && char.IsAsciiLetter(text[at]); at++)
            {
                if (at - start < Stem)
                {
                    hash = hash * 31 + (text[at] | 0x20);
                }
            }
            if (at - start >= minLength)
            {
                tokens.Add(hash & 0x7FFFFFFF);
            }
        }
    }

    private static int[] Distinct(List<int> tokens)
    {
        tokens.Sort();
        var count = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k == 0 || tokens[k] != tokens[k - 1])
            {
                tokens[count++] = tokens[k];
            }
        }
        return [.. tokens.GetRange(0, count)];
    }
}
