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
            error = AddTerm(term.ToLowerInvariant(), statuses, checks, severities);
            if (error is not null)
            {
                return null;
            }
        }
        return new PairFilter(string.Join(",", terms), statuses, checks, severities);
    }

    /// <summary>Adds a term to its group; returns a message listing the valid terms when it names nothing known.</summary>
    private static string? AddTerm(string term, HashSet<PairStatus> statuses, HashSet<string> checks, HashSet<Severity> severities)
    {
        if (PairNames.TryParseStatus(term, out var status))
        {
            statuses.Add(status);
            return null;
        }
        if (term.StartsWith("check:", StringComparison.Ordinal))
        {
            var id = term["check:".Length..];
            if (!CheckCatalog.Ids.Contains(id))
            {
                return $"unknown check '{id}': the checks are {string.Join(", ", CheckCatalog.Ids)}";
            }
            checks.Add(id);
            return null;
        }
        var prefixed = term.StartsWith("severity:", StringComparison.Ordinal);
        var level = prefixed ? term["severity:".Length..] : term;
        if (Enum.TryParse<Severity>(level, ignoreCase: true, out var severity) && !int.TryParse(level, out _))
        {
            severities.Add(severity);
            return null;
        }
        return prefixed
            ? $"unknown severity '{level}': the severities are error, warning, info"
            : $"unknown filter term '{term}': the statuses are {StatusNames()}; or check:ID, severity:error|warning|info";
    }

    private static string StatusNames() =>
        string.Join(", ", Enum.GetValues<PairStatus>().Select(s => PairNames.Of(s)));
}
