using System.Globalization;

namespace Review.Core.Checks;

/// <summary>
/// <c>truncation</c>: the target stops early. Signs: a U+FFFD as its last character (a multi-byte
/// character cut in half); a final sentence without the terminal punctuation the source has; a
/// target far below the language pair's length band (the <c>length-ratio</c> check's band). The
/// punctuation sign is read only in prose (<paramref name="endPunctuation"/>); in software strings
/// the <c>end-punctuation</c> check compares final marks, with the rates the corpus keeps them at.
/// </summary>
public sealed class TruncationCheck(LengthRatioCheck? lengthRatio = null, double shortRatio = 0.5, int minSourceLength = 40, bool endPunctuation = true) : ICheck
{
    public const string CheckId = "truncation";
    public const string MaxRatioKey = "short_ratio";
    public const string MinSourceLengthKey = "min_source_length";

    private readonly LengthRatioCheck _bandSource = lengthRatio ?? new LengthRatioCheck();

    public string Id => CheckId;

    private static TextSpan[] Last(string target, int trimmedLength) => [Graphemes.Snap(target, trimmedLength - 1, 1)];

    public void Run(CheckInput input, List<Finding> findings)
    {
        var target = input.Target.AsSpan().TrimEnd();
        if (target.Length == 0)
        {
            return;
        }

        if (target[^1] == '\uFFFD')
        {
            findings.Add(new Finding(CheckId, Severity.Error, "target ends in U+FFFD: its last character was cut", [], Last(input.Target, target.Length)));
            return;
        }

        if (endPunctuation && SentenceEnds.EndsWithTerminal(input.SourceProfile) && !SentenceEnds.EndsWithTerminal(input.TargetProfile))
        {
            findings.Add(new Finding(CheckId, Severity.Warning, "target ends without the final punctuation the source has", [], Last(input.Target, target.Length)));
            return;
        }

        var sourceLength = input.SourceLength;
        if (sourceLength < minSourceLength)
        {
            return;
        }

        var min = _bandSource.Band(input).Min * shortRatio;
        var ratio = (double)input.TargetLength / sourceLength;
        if (ratio < min)
        {
            findings.Add(new Finding(CheckId, Severity.Warning,
                string.Format(CultureInfo.InvariantCulture, "target may be cut off: only {0:0.00}× the source length", ratio), [], Last(input.Target, target.Length)));
        }
    }
}
