using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Core.Encodings;

/// <summary>
/// The <c>encoding</c> findings of a pair's target: guessed characters (spans on each guess), a cut
/// inside a character, and mojibake that is still there.
/// </summary>
public static class EncodingFindings
{
    public const string CheckId = "encoding";

    public static IReadOnlyList<Finding> For(RepairResult result)
    {
        var findings = new List<Finding>();
        if (result.Guesses.Count > 0)
        {
            findings.Add(Guessed(result));
        }

        if (result.Truncated)
        {
            findings.Add(new Finding(CheckId, Severity.Warning,
                "The text was cut in the middle of a character (shown as \uFFFD at the end); the cut character is not guessed.",
                [], [new TextSpan(result.Text.Length - 1, 1)]));
        }

        var remaining = Mojibake.Detect(result.Text) ?? (result.Unrepaired > 0 ? result.Scheme : null);
        if (remaining is not null)
        {
            findings.Add(new Finding(CheckId, Severity.Error,
                $"Garbled text remains: it reads as {remaining.Name}; repair-text or an edit can fix it.", [], []));
        }

        return findings;
    }

    /// <summary>
    /// The findings of the repair stored with a pair, while <paramref name="text"/> is still the
    /// repaired target; none once the text was changed, since the guesses no longer fit it.
    /// </summary>
    public static IReadOnlyList<Finding> ForStored(Pair pair, string text) =>
        text == pair.Target && RepairJson.Parse(pair.OriginalTarget ?? pair.Target, text, pair.RepairJson) is { } repair
            ? For(repair)
            : [];

    private static Finding Guessed(RepairResult result)
    {
        var unsure = result.Guesses.Count(g => g.Confidence < 0.9);
        var message = $"{result.Guesses.Count} characters restored from {result.Scheme?.Name} by guessing a lost byte"
            + (unsure > 0 ? $"; {unsure} of them uncertain" : string.Empty) + ". Check the highlighted characters.";
        return new Finding(CheckId, unsure > 0 ? Severity.Warning : Severity.Info, message, [],
            result.Guesses.Select(g => new TextSpan(g.Offset, g.Length)).ToList());
    }
}
