namespace Review.Core.Checks;

/// <summary><c>url</c>: URLs and e-mail addresses of the source must appear unchanged in the target.</summary>
public sealed class UrlCheck : ICheck
{
    public const string CheckId = "url";

    /// <summary>A localized page is looked for only among this few URLs, so a text with thousands stays linear.</summary>
    private const int MaxLocalizedPages = 8;

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
            if (!inTarget.Contains(url) && !(inTarget.Count <= MaxLocalizedPages && inTarget.Any(t => IsLocalizedPage(url, t))))
            {
                findings.Add(new Finding(CheckId, Severity.Error, $"{Kind(url)} {MessageText.Excerpt(url, 80)} in source is missing from target", [span], []));
            }
        }

        bool? aboutBugs = null;
        foreach (var span in targetUrls)
        {
            var url = input.Target.Substring(span.Start, span.Length);
            if (!inSource.Contains(url) && !IsTranslatorsAddress(input.Source, url, ref aboutBugs) && !(inSource.Count <= MaxLocalizedPages && inSource.Any(u => IsLocalizedPage(u, url))))
            {
                findings.Add(new Finding(CheckId, Severity.Warning, $"{Kind(url)} {MessageText.Excerpt(url, 80)} in target is not in source", [], [span]));
            }
        }
    }

    /// <summary>
    /// Translation teams add their own address to the "report bugs" message (<c>请向
    /// &lt;i18n-zh@googlegroups.com&gt; 报告翻译错误</c>): a gettext convention, not a stray address.
    /// </summary>
    /// The source is searched once per pair, not once per address (quadratic on a text of many).
    private static bool IsTranslatorsAddress(string source, string url, ref bool? aboutBugs) =>
        Kind(url) == "e-mail address" && (aboutBugs ??= source.Contains("bug", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The source's folder URL made the team's own page (<c>https://translationproject.org/team/</c> →
    /// <c>http://translationproject.org/team/zh_CN.html</c>): the translator points to their language.
    /// </summary>
    private static bool IsLocalizedPage(string sourceUrl, string targetUrl)
    {
        var folder = WithoutScheme(sourceUrl);
        return folder.EndsWith('/') && WithoutScheme(targetUrl).StartsWith(folder, StringComparison.OrdinalIgnoreCase);
    }

    private static string WithoutScheme(string url) => url.IndexOf("://", StringComparison.Ordinal) is var at and >= 0 ? url[(at + 3)..] : url;

    private static string Kind(string url) => url.Contains("://", StringComparison.Ordinal) || url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "URL" : "e-mail address";
}
