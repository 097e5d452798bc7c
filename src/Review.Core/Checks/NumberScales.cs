namespace Review.Core.Checks;

/// <summary>Scale words and units that follow a number: <c>3 million</c>, <c>7B</c>, <c>300만</c>, <c>3万</c>.</summary>
public static class NumberScales
{
    private static readonly (string Word, double Scale)[] EnglishWords =
    [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
    ];

    /// <summary>The scale after a number ending at <paramref name="end"/>, and where the number
    /// including an attached unit ends.</summary>
    public static (double Scale, int End) After(string text, int end)
    {
        if (end >= text.Length)
        {
            return (1, end);
        }

        var c = text[end];
        var suffix = c switch { 'K' or 'k' => 1e3, 'M' => 1e6, 'B' => 1e9, 'T' => 1e12, _ => 0 };
        if (suffix > 0 && (end + 1 == text.Length || !char.IsAsciiLetter(text[end + 1])))
        {
            return (suffix, end + 1);
        }

        var scale = 1.0;
        var at = end;
        while (at < text.Length && Unit(text[at]) is var unit && unit > 0)
        {
            scale *= unit;
            at++;
        }

        return at > end ? (scale, at) : (EnglishScale(text, end), end);
    }

    private static double Unit(char c) => c switch
    {
        '십' or '十' => 10,
        '백' or '百' => 100,
        '천' or '千' => 1e3,
        '만' or '万' or '萬' => 1e4,
        '억' or '亿' or '億' => 1e8,
        '조' or '兆' => 1e12,
        _ => 0,
    };

    private static double EnglishScale(string text, int end)
    {
        var at = end < text.Length && text[end] is ' ' or '-' ? end + 1 : end;
        if (at >= text.Length || !char.IsAsciiLetter(text[at]))
        {
            return 1;
        }

        foreach (var (word, scale) in EnglishWords)
        {
            var after = at + word.Length;
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && (after == text.Length || !char.IsAsciiLetter(text[after])))
            {
                return scale;
            }
        }

        return 1;
    }
}
