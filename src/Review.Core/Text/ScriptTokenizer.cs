
namespace Review.Core.Text;

/// <summary>
/// Cuts text into diff tokens by script. Tokens never split a grapheme (and so never a surrogate
/// pair): the text is walked by extended grapheme clusters, as StringInfo defines them. An inline
/// code (<see cref="InlineCodes"/>) is one token at every granularity, so a diff never shows half a tag.
/// </summary>
public static class ScriptTokenizer
{
    public static IReadOnlyList<TextToken> Tokenize(string text, DiffGranularity granularity) =>
        Tokenize(text.AsSpan(), granularity);

    /// <summary>Tokens of <paramref name="text"/>; they cover it exactly, in order.</summary>
    public static List<TextToken> Tokenize(ReadOnlySpan<char> text, DiffGranularity granularity)
    {
        TryTokenize(text, granularity, int.MaxValue, out var tokens);
        return tokens;
    }

    /// <summary>Tokenizes, but gives up once there are more than <paramref name="maxTokens"/> tokens.</summary>
    internal static bool TryTokenize(ReadOnlySpan<char> text, DiffGranularity granularity, int maxTokens, out List<TextToken> tokens)
    {
        tokens = [];
        var start = 0;
        var position = 0;
        ScriptClass? current = null;
        while (position < text.Length)
        {
            var code = CodeLength(text, position);
            if (code > 0)
            {
                if (position > start)
                {
                    tokens.Add(new TextToken(start, position - start));
                }
                tokens.Add(new TextToken(position, code));
                if (tokens.Count > maxTokens)
                {
                    return false;
                }
                position += code;
                start = position;
                current = null;
                continue;
            }
            var length = Graphemes.NextLength(text, position);
            var kind = Group(ScriptClassifier.Classify(text.Slice(position, length)), granularity);
            if (current is not { } open || open != kind || !Joins(kind, granularity))
            {
                if (position > start)
                {
                    tokens.Add(new TextToken(start, position - start));
                    if (tokens.Count > maxTokens)
                    {
                        return false;
                    }
                }
                start = position;
                current = kind;
            }
            position += length;
        }
        if (position > start)
        {
            tokens.Add(new TextToken(start, position - start));
        }
        return tokens.Count <= maxTokens;
    }

    /// <summary>
    /// Whether a token starts at <paramref name="index"/>, judged from the three characters around
    /// it alone: only where they are all single-character graphemes of known class, so the answer
    /// is the same in any text that shares them, whatever comes before.
    /// </summary>
    internal static bool StartsToken(ReadOnlySpan<char> text, int index, DiffGranularity granularity)
    {
        if (index < 1 || index >= text.Length)
        {
            return index == 0 || index == text.Length;
        }
        var before = text[index - 1];
        if (before == '\r' || !Graphemes.IsSimple(before) || !Graphemes.IsSimple(text[index])
            || (index >= 2 && !Graphemes.IsSimple(text[index - 2])))
        {
            return false;
        }
        var previous = Group(ScriptClassifier.Classify(text.Slice(index - 1, 1)), granularity);
        var next = Group(ScriptClassifier.Classify(text.Slice(index, 1)), granularity);
        return previous != next || !Joins(next, granularity);
    }

    /// <summary>The length of the inline code that starts at <paramref name="position"/>, marks included, or 0.</summary>
    internal static int CodeLength(ReadOnlySpan<char> text, int position)
    {
        if (text[position] != InlineCodes.Open)
        {
            return 0;
        }
        var rest = text[(position + 1)..];
        var end = rest.IndexOfAny(InlineCodes.Open, InlineCodes.Close);
        return end >= 0 && rest[end] == InlineCodes.Close ? end + 2 : 0;
    }

    // By word, Hangul eojeol such as "LLM이" are one word, as a Korean reader sees them.
    private static ScriptClass Group(ScriptClass kind, DiffGranularity granularity) =>
        granularity == DiffGranularity.Word && kind == ScriptClass.Dense ? ScriptClass.Spaced : kind;

    private static bool Joins(ScriptClass kind, DiffGranularity granularity) => granularity switch
    {
        DiffGranularity.Character => false,
        _ => kind is ScriptClass.Whitespace or ScriptClass.Spaced,
    };
}
