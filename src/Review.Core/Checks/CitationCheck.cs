using System.Text.RegularExpressions;

namespace Review.Core.Checks;

/// <summary>
/// <c>citation</c>: bracketed (<c>[82, 26]</c>) and author-year (<c>(Albalak et al., 2023)</c>)
/// citations of the source must survive in the target. When the target mangled one and exactly
/// one place in it fits (the same digits in other brackets, or a parenthesis with the same year),
/// the finding restores the source's form there.
/// </summary>
public sealed partial class CitationCheck : ICheck
{
    public const string CheckId = "citation";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var sourceCitations = input.SourceProfile.Citations;
        if (sourceCitations.Count == 0)
        {
            return;
        }

        // Each source citation takes the first unused target citation with the same keys: a queue
        // per key list keeps that linear in the number of citations.
        var byKeys = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        var targetCitations = input.TargetProfile.Citations;
        for (var i = 0; i < targetCitations.Count; i++)
        {
            var keys = KeysOf(targetCitations[i]);
            if (!byKeys.TryGetValue(keys, out var queue))
            {
                byKeys[keys] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }

        var inTarget = new Dictionary<string, bool>(StringComparer.Ordinal);
        List<Citation>? missing = null;
        foreach (var citation in sourceCitations)
        {
            if (!Preserved(citation, input.Target, byKeys, inTarget))
            {
                (missing ??= []).Add(citation);
            }
        }

        if (missing is null)
        {
            return;
        }

        foreach (var citation in missing)
        {
            findings.Add(Report(input, citation, missing.Count));
        }
    }

    private static string KeysOf(Citation citation) => (citation.IsNumeric ? "n\u0001" : "a\u0001") + string.Join('\u0001', citation.Keys);

    private static bool Preserved(Citation citation, string target, Dictionary<string, Queue<int>> byKeys, Dictionary<string, bool> inTarget)
    {
        if (byKeys.TryGetValue(KeysOf(citation), out var queue) && queue.TryDequeue(out _))
        {
            return true;
        }

        // An author-year citation may be rewritten around the name (e.g. "Albalak 등, 2023"); each
        // key is searched for once.
        return !citation.IsNumeric && citation.Keys.All(key => KeyInText(key, target, inTarget));
    }

    private static bool KeyInText(string key, string target, Dictionary<string, bool> inTarget)
    {
        if (!inTarget.TryGetValue(key, out var found))
        {
            var space = key.LastIndexOf(' ');
            inTarget[key] = found = target.Contains(key[..space], StringComparison.Ordinal) && target.Contains(key[(space + 1)..], StringComparison.Ordinal);
        }

        return found;
    }

    private static Finding Report(CheckInput input, Citation citation, int missingCount)
    {
        var written = input.Source.Substring(citation.Span.Start, citation.Span.Length);
        var sourceSpans = new[] { citation.Span };
        var message = $"citation {MessageText.Excerpt(written)} in source is missing from target";
        var place = missingCount == 1 ? UniquePlace(input, citation) : null;
        if (place is not { } span)
        {
            return new Finding(CheckId, Severity.Error, message, sourceSpans, []);
        }

        var found = input.Target.Substring(span.Start, span.Length);
        return Finding.WithFix(CheckId, Severity.Error, $"citation {MessageText.Excerpt(written)} in source appears mangled in target as {MessageText.Excerpt(found)}",
            sourceSpans, [span], input.Target, [new TextEdit(span.Start, span.Length, written)]);
    }

    /// <summary>The one target span that looks like a mangled form of <paramref name="citation"/>, if exactly one does.</summary>
    private static TextSpan? UniquePlace(CheckInput input, Citation citation)
    {
        var written = input.Source.AsSpan(citation.Span.Start, citation.Span.Length);
        var wanted = citation.IsNumeric ? CitationScanner.DigitsOf(written) : Year().Match(written.ToString()).Value;
        if (wanted.Length == 0)
        {
            return null;
        }

        TextSpan? place = null;
        foreach (Match group in BracketGroup().Matches(input.Target))
        {
            var fits = citation.IsNumeric
                ? CitationScanner.DigitsOf(group.ValueSpan[1..^1]) == wanted && !group.ValueSpan.ContainsAnyInRange('A', 'z')
                : group.Value.Contains(wanted, StringComparison.Ordinal);
            if (fits && !input.TargetProfile.IsInert(group.Index))
            {
                if (place is not null)
                {
                    return null;
                }

                place = new TextSpan(group.Index, group.Length);
            }
        }

        return place;
    }

    [GeneratedRegex(@"(?:19|20)\d\d[a-z]?")]
    private static partial Regex Year();

    [GeneratedRegex(@"[\[［【(（][^\[\]［］【】()（）\n]{1,120}[\]］】)）]")]
    private static partial Regex BracketGroup();
}
