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

        foreach (var span in sourceUrls)
        {
            var url = input.Source.Substring(span.Start, span.Length);
            if (!targetUrls.Any(t => input.Target.AsSpan(t.Start, t.Length).SequenceEqual(url)))
            {
                findings.Add(new Finding(CheckId, Severity.Error, $"{Kind(url)} {MessageText.Excerpt(url, 80)} in source is missing from target", [span], []));
            }
        }

        foreach (var span in targetUrls)
        {
            var url = input.Target.Substring(span.Start, span.Length);
            if (!sourceUrls.Any(s => input.Source.AsSpan(s.Start, s.Length).SequenceEqual(url)))
            {
                findings.Add(new Finding(CheckId, Severity.Warning, $"{Kind(url)} {MessageText.Excerpt(url, 80)} in target is not in source", [], [span]));
            }
        }
    }

    private static string Kind(string url) => url.Contains("://", StringComparison.Ordinal) || url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "URL" : "e-mail address";
}
