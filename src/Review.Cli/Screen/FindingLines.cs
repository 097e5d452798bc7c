using Review.Core.Checks;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>The findings pane's text: one line per finding, worst first, with severity, check id and message.</summary>
internal static class FindingLines
{
    public static IReadOnlyList<IReadOnlyList<StyledSpan>> For(IReadOnlyList<Finding> findings, Theme theme) =>
        findings.OrderByDescending(f => f.Severity).Select(finding => (IReadOnlyList<StyledSpan>)
        [
            new StyledSpan($"{Mark(finding.Severity)} {finding.CheckId}", theme.ForSeverity(finding.Severity)),
            new StyledSpan($" {finding.Message}{(finding.SuggestedTarget is null ? "" : " (fix offered: s)")}", theme.Body),
        ]).ToList();

    private static string Mark(Severity severity) => severity switch
    {
        Severity.Error => "✗",
        Severity.Warning => "!",
        _ => "i",
    };
}
