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
            if (NumberWords.NativeNames(input.Target, input.TargetLang, missing.Value) || NumberWords.EnglishNames(input.Target, missing.Value))
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

    /// <summary>The prose tokens of one side whose number appears nowhere on the other, once per
    /// distinct number.</summary>
    private static List<NumberToken> Unmatched(List<NumberToken> from, string fromText, List<NumberToken> other, string otherText)
    {
        List<NumberToken>? unmatched = null;
        foreach (var token in from)
        {
            if (token.Protected || Matches(token, fromText, other, otherText))
            {
                continue;
            }

            unmatched ??= [];
            if (!unmatched.Exists(seen => Same(seen, fromText, token, fromText)))
            {
                unmatched.Add(token);
            }
        }

        return unmatched ?? [];
    }

    private static bool Matches(NumberToken token, string text, List<NumberToken> other, string otherText)
    {
        foreach (var candidate in other)
        {
            if (Same(token, text, candidate, otherText))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(NumberToken a, string aText, NumberToken b, string bText)
    {
        if (a.IsVersion || b.IsVersion)
        {
            return a.IsVersion && b.IsVersion && a.Written(aText).SequenceEqual(b.Written(bText));
        }

        return Near(a.Value, b.Value) || Near(a.Scaled, b.Scaled) || Near(a.Scaled, b.Value) || Near(a.Value, b.Scaled);
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.AsSpan().IndexOfAnyInRange('\uFF10', '\uFF19') >= 0;
}
