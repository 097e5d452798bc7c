namespace Review.Core.Checks;

/// <summary>The findings of all enabled checks on one pair, and their mechanical fixes combined
/// into one suggested target (null when no finding carries a fix or the fixes leave the target
/// unchanged).</summary>
public sealed record CheckResult(IReadOnlyList<Finding> Findings, string? SuggestedTarget)
{
    public static readonly CheckResult Clean = new([], null);
}
