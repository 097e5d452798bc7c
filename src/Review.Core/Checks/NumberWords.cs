namespace Review.Core.Checks;

/// <summary>
/// Small numbers written as words, so <c>two models</c> → <c>2개의 모델</c> and <c>3 times</c> →
/// <c>세 번</c> are not reported. Months count too: <c>January 5</c> and <c>Jan</c> become
/// <c>1월 5일</c> and <c>1월</c>; so do number bases, as <c>hexadecimal</c> is <c>16진수</c>.
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup =
        BuildEnglish().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><c>tenths of a second</c> is <c>0.1 秒</c> (and <c>10</c>, as in the ordinal).</summary>
    private static readonly Dictionary<string, double> Fractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 0.5, ["halves"] = 0.5, ["quarter"] = 0.25, ["quarters"] = 0.25, ["tenth"] = 0.1, ["tenths"] = 0.1,
        ["hundredth"] = 0.01, ["hundredths"] = 0.01, ["thousandth"] = 0.001, ["thousandths"] = 0.001,
    };

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> FractionLookup =
        Fractions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[][] Korean =
    [
        ["영", "공"], ["하나", "한", "첫"], ["둘", "두"], ["셋", "세", "석"], ["넷", "네", "넉"], ["다섯"], ["여섯"], ["일곱"], ["여덟"], ["아홉"], ["열"],
    ];

    private static readonly string[] Han = ["零〇", "一壹", "二两兩貳双雙", "三叁", "四", "五", "六", "七", "八", "九", "十"];

    private static readonly string[] Kana = ["ゼロ", "ひと", "ふた", "みっ", "よっ", "いつ", "むっ", "なな", "やっ", "ここの", "とお"];

    /// <summary>True when <paramref name="text"/> (English) names <paramref name="value"/> in words.</summary>
    public static bool EnglishNames(string text, double value)
    {
        if (value is < 0 or > 100)
        {
            return false;
        }

        var fraction = value != Math.Floor(value);
        if (fraction && !Fractions.ContainsValue(value))
        {
            return false;
        }

        var lookup = fraction ? FractionLookup : EnglishLookup;

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsAsciiLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                if (lookup.TryGetValue(word, out var named) && named == value)
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/>, in <paramref name="language"/>, writes
    /// <paramref name="value"/> (0 to 10) in words; larger Han numerals are <see cref="HanNumerals"/>'.</summary>
    public static bool NativeNames(string text, string language, double value)
    {
        if (value < 0 || value != Math.Floor(value))
        {
            return false;
        }

        if (value > 10)
        {
            return false;
        }

        var n = (int)value;
        return language switch
        {
            "ko" => Korean[n].Any(word => StartsEojeol(text, word)),
            "zh" => text.AsSpan().IndexOfAny(Han[n]) >= 0,
            "ja" => text.AsSpan().IndexOfAny(Han[n]) >= 0 || text.Contains(Kana[n], StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool StartsEojeol(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        while (at >= 0)
        {
            var starts = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length;
            var ends = word.Length > 1 || after == text.Length || !char.IsLetter(text[after]) || text[after] == '째' || text[after] == '번';
            if (starts && ends)
            {
                return true;
            }

            at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static Dictionary<string, double> BuildEnglish()
    {
        var words = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        string[] cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        string[] ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
        string[] months = ["", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < cardinals.Length; i++)
        {
            words[cardinals[i]] = i;
        }

        for (var i = 1; i < ordinals.Length; i++)
        {
            words[ordinals[i]] = i;
            words[months[i]] = i;
        }

        string[] abbreviations = ["", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var i = 1; i < abbreviations.Length; i++)
        {
            words[abbreviations[i]] = i;
        }

        foreach (var (word, value) in new[] { ("binary", 2), ("octal", 8), ("decimal", 10), ("hexadecimal", 16), ("hex", 16), ("unary", 1), ("ternary", 3), ("teen", 10), ("teens", 10), ("a", 1), ("an", 1), ("once", 1), ("single", 1), ("twice", 2), ("double", 2), ("both", 2), ("pair", 2), ("thrice", 3), ("triple", 3), ("dozen", 12), ("thirty", 30), ("forty", 40), ("fifty", 50), ("hundred", 100), ("tenths", 10), ("hundredth", 100), ("hundredths", 100) })
        {
            words[word] = value;
        }

        return words;
    }
}
