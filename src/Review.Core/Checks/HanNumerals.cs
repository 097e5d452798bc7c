namespace Review.Core.Checks;

/// <summary>
/// Numbers written in Han numerals: <c>十六</c> (16), <c>三十二</c> (32), <c>两千</c> (2000),
/// <c>一万二千</c> (12000) and digit by digit, <c>二〇〇六</c> (2006).
/// </summary>
internal static class HanNumerals
{
    /// <summary>The values of the runs of Han numerals in <paramref name="text"/>, read once per
    /// text: asking the text again for each number was quadratic.</summary>
    public static HashSet<double> Values(string text)
    {
        var values = new HashSet<double>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsNumeral(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsNumeral(text[i]))
            {
                i++;
            }

            values.Add(Parse(text.AsSpan(start, i - start)));
        }

        return values;
    }

    private static bool IsNumeral(char c) => Digit(c) >= 0 || Unit(c) > 0;

    private static double Parse(ReadOnlySpan<char> run)
    {
        var positional = true;
        foreach (var c in run)
        {
            positional &= Digit(c) >= 0;
        }

        if (positional)
        {
            double digits = 0;
            foreach (var c in run)
            {
                digits = (digits * 10) + Digit(c);
            }

            return digits;
        }

        double total = 0, section = 0, digit = 0;
        foreach (var c in run)
        {
            var unit = Unit(c);
            if (unit == 0)
            {
                digit = Digit(c);
            }
            else if (unit < 1e4)
            {
                section += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
            else
            {
                total += (section + digit == 0 ? 1 : section + digit) * unit;
                section = 0;
                digit = 0;
            }
        }

        return total + section + digit;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '兩' or '貳' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static double Unit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' or '萬' => 1e4,
        '亿' or '億' => 1e8,
        _ => 0,
    };
}
