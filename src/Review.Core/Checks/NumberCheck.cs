namespace Review.Core.Checks;

/// <summary>
/// <c>number</c>: numbers in the source missing from the target, or extra in it. Values compare,
/// not spellings: <c>1,000</c> = <c>1000</c>, <c>3 million</c> = <c>300만</c>, and a small number
/// written in words on the other side (<c>two</c> → <c>2개</c>, <c>3</c> → <c>세 번</c>) matches.
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

        // A number counts as carried over when it appears anywhere on the other side, even inside
        // math or a citation: a mangled formula is the math check's finding, not this one's.
        var allSource = NumberScanner.Find(input.SourceProfile) ?? [];
        var allTarget = NumberScanner.Find(input.TargetProfile) ?? [];
        foreach (var missing in Unmatched(allSource, allTarget))
        {
            if (NumberWords.NativeNames(input.Target, input.TargetLang, missing.Value) || NumberWords.EnglishNames(input.Target, missing.Value))
            {
                continue;
            }

            findings.Add(new Finding(CheckId, Severity.Error, $"number {MessageText.Excerpt(missing.Text)} in source is missing from target",
                [Graphemes.Snap(input.Source, missing.Span.Start, missing.Span.Length)], []));
        }

        foreach (var extra in Unmatched(allTarget, allSource))
        {
            if (extra.Value is 0 or 1 || NumberWords.EnglishNames(input.Source, extra.Value) || NumberWords.NativeNames(input.Source, input.SourceLang, extra.Value))
            {
                continue;
            }

            findings.Add(new Finding(CheckId, Severity.Warning, $"number {MessageText.Excerpt(extra.Text)} in target is not in source",
                [], [Graphemes.Snap(input.Target, extra.Span.Start, extra.Span.Length)]));
        }
    }

    /// <summary>The tokens of <paramref name="from"/> whose value appears nowhere in
    /// <paramref name="other"/>, once per distinct value.</summary>
    private static IEnumerable<NumberToken> Unmatched(List<NumberToken> from, List<NumberToken> other)
    {
        HashSet<string>? reported = null;
        foreach (var token in from)
        {
            if (token.Protected || Matches(token, other))
            {
                continue;
            }

            reported ??= [];
            if (reported.Add(token.Key))
            {
                yield return token;
            }
        }
    }

    private static bool Matches(NumberToken token, List<NumberToken> other)
    {
        foreach (var candidate in other)
        {
            if (Same(token, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(NumberToken a, NumberToken b)
    {
        if (double.IsNaN(a.Value) || double.IsNaN(b.Value))
        {
            return a.Key == b.Key;
        }

        return Near(a.Value, b.Value) || Near(a.Scaled, b.Scaled) || Near(a.Scaled, b.Value) || Near(a.Value, b.Scaled);
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.AsSpan().IndexOfAnyInRange('\uFF10', '\uFF19') >= 0;
}
