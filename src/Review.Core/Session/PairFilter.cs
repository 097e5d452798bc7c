using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Core.Session;

/// <summary>
/// Which pairs navigation stops at. Written as terms separated by commas or spaces: status names
/// (<c>pending</c>, <c>rejected</c>, ...), <c>check:ID</c> and <c>severity:LEVEL</c> (or the bare
/// level). Statuses are ORed, finding terms are ORed, and the two groups are ANDed. Empty or
/// <c>all</c> lets every pair through.
/// </summary>
public sealed record PairFilter(string Text, IReadOnlySet<PairStatus> Statuses, IReadOnlySet<string> Checks, IReadOnlySet<Severity> Severities)
{
    public static PairFilter All { get; } = new("all", new HashSet<PairStatus>(), new HashSet<string>(), new HashSet<Severity>());

    public bool IsAll => Statuses.Count == 0 && Checks.Count == 0 && Severities.Count == 0;

    public bool NeedsFindings => Checks.Count > 0 || Severities.Count > 0;

    public bool Matches(PairStatus status, IReadOnlyList<Finding> findings)
    {
        if (Statuses.Count > 0 && !Statuses.Contains(status))
        {
            return false;
        }
        if (!NeedsFindings)
        {
            return true;
        }
        return findings.Any(f => Checks.Contains(f.CheckId) || Severities.Contains(f.Severity));
    }

    /// <summary>Parses a filter; on failure returns null with a message naming the bad term.</summary>
    public static PairFilter? TryParse(string text, out string? error)
    {
        error = null;
        var terms = text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (terms.Length == 0 || (terms.Length == 1 && terms[0].Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            return All;
        }
        var statuses = new HashSet<PairStatus>();
        var checks = new HashSet<string>(StringComparer.Ordinal);
        var severities = new HashSet<Severity>();
        foreach (var term in terms)
        {
            if (!TryAddTerm(term.ToLowerInvariant(), statuses, checks, severities))
            {
                error = $"unknown filter term '{term}': use a status (pending, accepted, fixed, edited, rejected, skipped), check:ID or severity:error|warning|info";
                return null;
            }
        }
        return new PairFilter(string.Join(",", terms), statuses, checks, severities);
    }

    private static bool TryAddTerm(string term, HashSet<PairStatus> statuses, HashSet<string> checks, HashSet<Severity> severities)
    {
        if (PairNames.TryParseStatus(term, out var status))
        {
            statuses.Add(status);
            return true;
        }
        if (term.StartsWith("check:", StringComparison.Ordinal) && term.Length > "check:".Length)
        {
            checks.Add(term["check:".Length..]);
            return true;
        }
        var level = term.StartsWith("severity:", StringComparison.Ordinal) ? term["severity:".Length..] : term;
        if (Enum.TryParse<Severity>(level, ignoreCase: true, out var severity) && !int.TryParse(level, out _))
        {
            severities.Add(severity);
            return true;
        }
        return false;
    }
}
