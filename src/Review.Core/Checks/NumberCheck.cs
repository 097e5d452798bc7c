namespace Review.Core.Checks;

/// <summary>
/// <c>number</c>: numbers in the source missing from the target, or extra in it. Values compare,
/// not spellings: <c>1,000</c> = <c>1000</c>, <c>3 million</c> = <c>300만</c>, and a small number
/// written in words on the other side (<c>two</c> → <c>2개</c>, <c>3</c> → <c>세 번</c>) matches.
/// A number counts as carried over when it appears anywhere on the other side, even inside math
/// or a citation: a mangled formula is the math check's finding, not this one's.
/// </summary>
public sealed class NumberCheck : ICheck
{
    public const string CheckId = "number";

    private const int MaxRangeFill = 16;

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        if (!HasDigit(input.Source) && !HasDigit(input.Target))
        {
            return;
        }

        var source = NumberScanner.Find(input.SourceProfile) ?? [];
        var target = NumberScanner.Find(input.TargetProfile) ?? [];
        HashSet<double>? targetHan = null;
        HashSet<double>? sourceHan = null;
        foreach (var missing in Unmatched(source, input.Source, target, input.Target))
        {
            if (NamesInWords(input.Target, input.TargetLang, missing.Value, ref targetHan) || NumberWords.EnglishNames(input.Target, missing.Value)
                || IsMoreThanOne(input.Source, missing))
            {
                continue;
            }

            var written = MessageText.Excerpt(missing.Written(input.Source).ToString());
            findings.Add(new Finding(CheckId, Severity.Error, $"number {written} in source is missing from target",
                [Graphemes.Snap(input.Source, missing.Span.Start, missing.Span.Length)], []));
        }

        foreach (var extra in Unmatched(target, input.Target, source, input.Source))
        {
            if (extra.Value is 0 or 1 || NumberWords.EnglishNames(input.Source, extra.Value) || NamesInWords(input.Source, input.SourceLang, extra.Value, ref sourceHan))
            {
                continue;
            }

            var written = MessageText.Excerpt(extra.Written(input.Target).ToString());
            findings.Add(new Finding(CheckId, Severity.Warning, $"number {written} in target is not in source",
                [], [Graphemes.Snap(input.Target, extra.Span.Start, extra.Span.Length)]));
        }
    }

    /// <summary>The number in the text's own words: a small one in Korean, Chinese or Japanese, a
    /// larger one in Han numerals (<c>16k</c> paper is <c>十六开</c>), whose values are read once.</summary>
    private static bool NamesInWords(string text, string language, double value, ref HashSet<double>? han) =>
        value > 10 && value == Math.Floor(value) && language is "zh" or "ja"
            ? (han ??= HanNumerals.Values(text)).Contains(value)
            : NumberWords.NativeNames(text, language, value);

    /// <summary><c>&gt; 1 branch</c> says "several", which a translation writes as a word (<c>여러 개</c>).</summary>
    private static bool IsMoreThanOne(string text, NumberToken token)
    {
        var before = text.AsSpan(0, token.Span.Start).TrimEnd();
        return token.Value == 1 && before.Length > 0 && before[^1] is '>' or '≥';
    }

    /// <summary>The prose tokens of one side whose number appears nowhere on the other, once per
    /// distinct number. The other side's numbers go into a set first, so the cost is linear in the
    /// number of tokens (a line of 40,000 numbers took 10 s when each was compared with each).</summary>
    private static List<NumberToken> Unmatched(List<NumberToken> from, string fromText, List<NumberToken> other, string otherText)
    {
        List<NumberToken>? unmatched = null;
        HashSet<NumberKey>? present = null;
        HashSet<NumberKey>? reported = null;
        foreach (var token in from)
        {
            if (token.Protected)
            {
                continue;
            }

            present ??= Keys(other, otherText);
            if (Contains(present, token, fromText))
            {
                continue;
            }

            reported ??= [];
            if (!Contains(reported, token, fromText))
            {
                Add(reported, token, fromText);
                (unmatched ??= []).Add(token);
            }
        }

        return unmatched ?? [];
    }

    private static HashSet<NumberKey> Keys(List<NumberToken> tokens, string text)
    {
        var keys = new HashSet<NumberKey>(tokens.Count * 2);
        for (var i = 0; i < tokens.Count; i++)
        {
            Add(keys, tokens[i], text);
            if (i > 0)
            {
                AddRange(keys, tokens[i - 1], tokens[i], text);
            }
        }

        return keys;
    }

    /// <summary>A short range <c>[5..8]</c> names the numbers inside it, which a translation may
    /// list (<c>5, 6, 7, 8</c>). At most <see cref="MaxRangeFill"/> of them, so the cost stays
    /// linear.</summary>
    private static void AddRange(HashSet<NumberKey> keys, NumberToken from, NumberToken to, string text)
    {
        var gap = text.AsSpan(from.Span.End, Math.Max(0, to.Span.Start - from.Span.End));
        if (!gap.SequenceEqual("..") || from.IsVersion || to.IsVersion || from.Value != Math.Floor(from.Value)
            || to.Value != Math.Floor(to.Value) || to.Value - from.Value is < 2 or > MaxRangeFill)
        {
            return;
        }

        for (var n = from.Value + 1; n < to.Value; n++)
        {
            keys.Add(new NumberKey(n, null));
        }
    }

    /// <summary>A number matches by value or scaled value, either way round; a version string by
    /// its spelling.</summary>
    private static void Add(HashSet<NumberKey> keys, NumberToken token, string text)
    {
        if (token.IsVersion)
        {
            keys.Add(new NumberKey(0, token.Written(text).ToString()));
            return;
        }

        keys.Add(new NumberKey(Round(token.Value), null));
        keys.Add(new NumberKey(Round(token.Scaled), null));
        if (token.IsClock)
        {
            foreach (var part in ClockParts(token, text))
            {
                keys.Add(new NumberKey(part, null));
            }
        }

        if (IsShortYear(token, text))
        {
            keys.Add(new NumberKey(1900 + token.Value, null));
            keys.Add(new NumberKey(2000 + token.Value, null));
        }
    }

    private static bool Contains(HashSet<NumberKey> keys, NumberToken token, string text) =>
        token.IsVersion
            ? keys.Contains(new NumberKey(0, token.Written(text).ToString()))
            : keys.Contains(new NumberKey(Round(token.Value), null)) || keys.Contains(new NumberKey(Round(token.Scaled), null))
              || (IsShortYear(token, text) && (keys.Contains(new NumberKey(1900 + token.Value, null)) || keys.Contains(new NumberKey(2000 + token.Value, null))))
              || (token.IsClock && ClockParts(token, text).TrueForAll(part => keys.Contains(new NumberKey(part, null))));

    private static List<double> ClockParts(NumberToken token, string text)
    {
        var parts = new List<double>(4);
        ClockTime.AddParts(text, token.Span, parts);
        return parts;
    }

    /// <summary>The two-digit year that ends a date <c>12/31/99</c>, which a translation writes in
    /// full (<c>1999年12月31日</c>).</summary>
    private static bool IsShortYear(NumberToken token, string text)
    {
        var start = token.Span.Start;
        if (token.Span.Length != 2 || start < 4 || text[start - 1] != '/')
        {
            return false;
        }

        var at = start - 2;
        while (at >= 0 && char.IsAsciiDigit(text[at]))
        {
            at--;
        }

        return start - 2 - at is 1 or 2 && at >= 1 && text[at] == '/' && char.IsAsciiDigit(text[at - 1]);
    }

    /// <summary>The value to 12 significant digits, so <c>3 million</c> and <c>300만</c> land on the
    /// same key whatever the rounding of the multiplication.</summary>
    private static double Round(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var scale = Math.Pow(10, 11 - Math.Floor(Math.Log10(Math.Abs(value))));
        if (!double.IsFinite(scale))
        {
            return value;
        }

        return Math.Round(value * scale) / scale;
    }

    private readonly record struct NumberKey(double Value, string? Version);

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.AsSpan().IndexOfAnyInRange('\uFF10', '\uFF19') >= 0;
}
