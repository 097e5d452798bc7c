namespace Review.Core.Checks;

/// <summary><c>url</c>: URLs and e-mail addresses of the source must appear unchanged in the target.</summary>
public sealed class UrlCheck : ICheck
{
    public const string CheckId = "url";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var sourceUrls = input.SourceProfile.Urls;
        var targetUrls = input.TargetProfile.Urls;
        if (sourceUrls.Count == 0 && targetUrls.Count == 0)
        {
            return;
        }

        // Sets, so a text with thousands of URLs costs linear time, not one comparison per pair of them.
        var inTarget = targetUrls.Select(t => input.Target.Substring(t.Start, t.Length)).ToHashSet(StringComparer.Ordinal);
        var inSource = sourceUrls.Select(s => input.Source.Substring(s.Start, s.Length)).ToHashSet(StringComparer.Ordinal);
        foreach (var span in sourceUrls)
        {
            var url = input.Source.Substring(span.Start, span.Length);
            if (!inTarget.Contains(url))
            {
                findings.Add(new Finding(CheckId, Severity.Error, $"{Kind(url)} {MessageText.Excerpt(url, 80)} in source is missing from target", [span], []));
            }
        }

        foreach (var span in targetUrls)
        {
            var url = input.Target.Substring(span.Start, span.Length);
            if (!inSource.Contains(url))
            {
                findings.Add(new Finding(CheckId, Severity.Warning, $"{Kind(url)} {MessageText.Excerpt(url, 80)} in target is not in source", [], [span]));
            }
        }
    }

    private static string Kind(string url) => url.Contains("://", StringComparison.Ordinal) || url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "URL" : "e-mail address";
}
