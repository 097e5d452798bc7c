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
        var shown = MessageText.Excerpt(written);
        var place = FindUnused(input.Target, targetMath, used, written, exact: false);
        if (place < 0 && onlyCandidate)
        {
            place = Array.IndexOf(used, false);
        }

        if (place < 0)
        {
            return MangledDelimiters(input, span, written, targetMath) is { } mangled
                ? Finding.WithFix(CheckId, Severity.Error, $"math {shown} in source has broken delimiters in target",
                    [span], [mangled], input.Target, [new TextEdit(mangled.Start, mangled.Length, written)])
                : new Finding(CheckId, Severity.Error, $"math {shown} in source is not in target byte-identical", [span], []);
        }

        used[place] = true;
        var found = targetMath[place];
        return Finding.WithFix(CheckId, Severity.Error, $"math {shown} in source was altered in target",
            [span], [found], input.Target, [new TextEdit(found.Start, found.Length, written)]);
    }

    /// <summary>Where the target kept the formula's body but broke its delimiters (<c>\ (x\)</c>):
    /// the body occurs exactly once outside the target's math, framed by delimiter debris.</summary>
    private static TextSpan? MangledDelimiters(CheckInput input, TextSpan span, string written, IReadOnlyList<TextSpan> targetMath)
    {
        var open = written.StartsWith("$$", StringComparison.Ordinal) ? 2 : written[0] == '$' ? 1 : 2;
        var body = written[open..^open];
        var target = input.Target;
        var at = body.Trim().Length < 2 ? -1 : target.IndexOf(body, StringComparison.Ordinal);
        if (at < 0 || target.IndexOf(body, at + 1, StringComparison.Ordinal) >= 0 || targetMath.Any(m => at >= m.Start && at < m.End))
        {
            return null;
        }

        var start = at;
        while (start > 0 && at - start < 4 && IsDebris(target[start - 1]))
        {
            start--;
        }

        var end = at + body.Length;
        while (end < target.Length && end - (at + body.Length) < 4 && IsDebris(target[end]))
        {
            end++;
        }

        // Spaces count as debris only between delimiter pieces ("\ ("), never at the edges.
        while (start < at && target[start] == ' ')
        {
            start++;
        }

        while (end > at + body.Length && target[end - 1] == ' ')
        {
            end--;
        }

        var hasDebris = start < at || end > at + body.Length;
        return hasDebris ? new TextSpan(start, end - start) : null;
    }

    private static bool IsDebris(char c) => c is '\\' or '(' or ')' or '[' or ']' or '$' or ' ' or '（' or '）';

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
