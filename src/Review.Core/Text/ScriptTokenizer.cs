using System.Globalization;

namespace Review.Core.Text;

/// <summary>
/// Cuts text into diff tokens by script. Tokens never split a grapheme (and so never a surrogate
/// pair): the text is walked by extended grapheme clusters, as StringInfo defines them.
/// </summary>
public static class ScriptTokenizer
{
    public static IReadOnlyList<TextToken> Tokenize(string text, DiffGranularity granularity) =>
        Tokenize(text.AsSpan(), granularity);

    /// <summary>Tokens of <paramref name="text"/>; they cover it exactly, in order.</summary>
    public static List<TextToken> Tokenize(ReadOnlySpan<char> text, DiffGranularity granularity)
    {
        var tokens = new List<TextToken>();
        var start = 0;
        var position = 0;
        ScriptClass? current = null;
        while (position < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text[position..]);
            var kind = Group(ScriptClassifier.Classify(text.Slice(position, length)), granularity);
            if (current is not { } open || open != kind || !Joins(kind, granularity))
            {
                if (position > start)
                {
                    tokens.Add(new TextToken(start, position - start));
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
        return tokens;
    }

    /// <summary>The token texts, for DiffPlex's chunker.</summary>
    public static string[] Pieces(string text, DiffGranularity granularity)
    {
        var tokens = Tokenize(text.AsSpan(), granularity);
        var pieces = new string[tokens.Count];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = text.Substring(tokens[i].Start, tokens[i].Length);
        }
        return pieces;
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
