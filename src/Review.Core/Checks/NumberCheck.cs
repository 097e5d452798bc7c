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

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        if (!HasDigit(input.Source) && !HasDigit(input.Target))
        {
            return;
        }

        var source = NumberScanner.Find(input.SourceProfile) ?? [];
        var target = NumberScanner.Find(input.TargetProfile) ?? [];
        foreach (var missing in Unmatched(source, input.Source, target, input.Target))
        {
            if (NumberWords.NativeNames(input.Target, input.TargetLang, missing.Value) || NumberWords.EnglishNames(input.Target, missing.Value)
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
            if (extra.Value is 0 or 1 || NumberWords.EnglishNames(input.Source, extra.Value) || NumberWords.NativeNames(input.Source, input.SourceLang, extra.Value))
            {
                continue;
            }

            var written = MessageText.Excerpt(extra.Written(input.Target).ToString());
            findings.Add(new Finding(CheckId, Severity.Warning, $"number {written} in target is not in source",
                [], [Graphemes.Snap(input.Target, extra.Span.Start, extra.Span.Length)]));
        }
    }

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
        foreach (var token in tokens)
        {
            Add(keys, token, text);
        }

        return keys;
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
    }

    private static bool Contains(HashSet<NumberKey> keys, NumberToken token, string text) =>
        token.IsVersion
            ? keys.Contains(new NumberKey(0, token.Written(text).ToString()))
            : keys.Contains(new NumberKey(Round(token.Value), null)) || keys.Contains(new NumberKey(Round(token.Scaled), null));

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
