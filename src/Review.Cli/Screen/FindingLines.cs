using Review.Core.Checks;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>The findings pane's text: one line per finding, worst first, with severity, check id and message.</summary>
internal static class FindingLines
{
    public static IReadOnlyList<StyledSpan> For(IReadOnlyList<Finding> findings, Theme theme)
    {
        var spans = new List<StyledSpan>();
        foreach (var finding in findings.OrderByDescending(f => f.Severity))
        {
            // The newline is ours, not data: TextView breaks the line there.
            var lead = spans.Count == 0 ? "" : "\n";
            spans.Add(new StyledSpan($"{lead}{Mark(finding.Severity)} {finding.CheckId}", Theme.ForSeverity(finding.Severity)));
            var fix = finding.SuggestedTarget is null ? "" : " (fix offered: s)";
            spans.Add(new StyledSpan($" {Oneline(finding.Message)}{fix}", theme.Body));
        }
        return spans;
    }

    // A message is meant to be one line; a newline in it must not forge a new finding row.
    private static string Oneline(string message) => message.Replace('\n', ' ').Replace('\r', ' ');

    private static string Mark(Severity severity) => severity switch
    {
        Severity.Error => "✗",
        Severity.Warning => "!",
        _ => "i",
    };
}
