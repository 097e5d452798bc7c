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

        // Each source span takes the first unused target span of the same text: a queue per text
        // keeps that linear in the number of spans.
        var byText = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < targetMath.Count; i++)
        {
            var text = input.Target.Substring(targetMath[i].Start, targetMath[i].Length);
            if (!byText.TryGetValue(text, out var queue))
            {
                byText[text] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }

        foreach (var span in sourceMath)
        {
            if (byText.TryGetValue(input.Source.Substring(span.Start, span.Length), out var queue) && queue.TryDequeue(out var index))
            {
                used[index] = true;
            }
            else
            {
                (missing ??= []).Add(span);
            }
        }

        if (missing is null)
        {
            return;
        }

        var unused = used.Count(u => !u);
        for (var i = 0; i < missing.Count; i++)
        {
            findings.Add(i < MaxRepairs
                ? Report(input, missing[i], targetMath, used, missing.Count == 1 && unused == 1)
                : NotInTarget(input, missing[i]));
        }
    }

    /// <summary>How many missing spans of one pair are looked for, altered or with broken delimiters,
    /// in the target. Each look scans the whole target; a translator breaks a few formulas, and a pair
    /// with thousands missing would cost quadratic time. The rest are reported as missing.</summary>
    private const int MaxRepairs = 32;

    private static Finding NotInTarget(CheckInput input, TextSpan span) =>
        new(CheckId, Severity.Error, $"math {MessageText.Excerpt(input.Source.Substring(span.Start, span.Length))} in source is not in target byte-identical", [span], []);

    private static Finding Report(CheckInput input, TextSpan span, IReadOnlyList<TextSpan> targetMath, bool[] used, bool onlyCandidate)
    {
        var written = input.Source.Substring(span.Start, span.Length);
        var shown = MessageText.Excerpt(written);
        var place = FindUnused(input.Target, targetMath, used, written);
        if (place < 0 && onlyCandidate)
        {
            place = Array.IndexOf(used, false);
        }

        if (place < 0)
        {
            return MangledDelimiters(input, span, written, targetMath) is { } mangled
                ? Finding.WithFix(CheckId, Severity.Error, $"math {shown} in source has broken delimiters in target",
                    [span], [mangled], input.Target, [new TextEdit(mangled.Start, mangled.Length, written)])
                : NotInTarget(input, span);
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

    /// <summary>The only unused span equal to <paramref name="wanted"/> up to white space, or -1.</summary>
    private static int FindUnused(string target, IReadOnlyList<TextSpan> spans, bool[] used, ReadOnlySpan<char> wanted)
    {
        var match = -1;
        for (var i = 0; i < spans.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var candidate = target.AsSpan(spans[i].Start, spans[i].Length);
            if (SameIgnoringSpaces(candidate, wanted))
            {
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
