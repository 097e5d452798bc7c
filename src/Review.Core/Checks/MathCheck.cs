namespace Review.Core.Checks;

/// <summary>
/// <c>math</c>: every math span of the source (<c>\( … \)</c>, <c>\[ … \]</c>, <c>$…$</c>) must
/// appear byte-identical in the target. A mangled span is restored when exactly one target math
/// span fits: the only unmatched one, or the only one equal up to whitespace.
/// </summary>
public sealed class MathCheck : ICheck
{
    public const string CheckId = "math";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var sourceMath = input.SourceProfile.Math;
        if (sourceMath.Count == 0)
        {
            return;
        }

        var targetMath = input.TargetProfile.Math;
        var used = new bool[targetMath.Count];
        List<TextSpan>? missing = null;
        foreach (var span in sourceMath)
        {
            var index = FindUnused(input.Target, targetMath, used, input.Source.AsSpan(span.Start, span.Length), exact: true);
            if (index < 0)
            {
                (missing ??= []).Add(span);
            }
            else
            {
                used[index] = true;
            }
        }

        if (missing is null)
        {
            return;
        }

        var unused = used.Count(u => !u);
        foreach (var span in missing)
        {
            findings.Add(Report(input, span, targetMath, used, missing.Count == 1 && unused == 1));
        }
    }

    private static Finding Report(CheckInput input, TextSpan span, IReadOnlyList<TextSpan> targetMath, bool[] used, bool onlyCandidate)
    {
        var written = input.Source.Substring(span.Start, span.Length);
        var shown = written.Length > 40 ? written[..37] + "…" : written;
        var place = FindUnused(input.Target, targetMath, used, written, exact: false);
        if (place < 0 && onlyCandidate)
        {
            place = Array.IndexOf(used, false);
        }

        if (place < 0)
        {
            return new Finding(CheckId, Severity.Error, $"math {shown} in source is not in target byte-identical", [span], []);
        }

        used[place] = true;
        var found = targetMath[place];
        return Finding.WithFix(CheckId, Severity.Error, $"math {shown} in source was altered in target",
            [span], [found], input.Target, [new TextEdit(found.Start, found.Length, written)]);
    }

    private static int FindUnused(string target, IReadOnlyList<TextSpan> spans, bool[] used, ReadOnlySpan<char> wanted, bool exact)
    {
        var match = -1;
        for (var i = 0; i < spans.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var candidate = target.AsSpan(spans[i].Start, spans[i].Length);
            if (exact ? candidate.SequenceEqual(wanted) : SameIgnoringSpaces(candidate, wanted))
            {
                if (exact)
                {
                    return i;
                }

                if (match >= 0)
                {
                    return -1;
                }

                match = i;
            }
        }

        return match;
    }

    private static bool SameIgnoringSpaces(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i]))
            {
                i++;
            }

            while (j < b.Length && char.IsWhiteSpace(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }
}
