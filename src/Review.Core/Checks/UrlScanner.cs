using System.Text.RegularExpressions;

namespace Review.Core.Checks;

/// <summary>Finds URLs and e-mail addresses. Only ASCII URL characters count, so a Korean particle
/// glued to a URL (<c>https://x.org에서</c>) is not part of it, nor is trailing sentence punctuation.</summary>
public static partial class UrlScanner
{
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase) && !text.Contains('@'))
        {
            return [];
        }

        var spans = new List<TextSpan>();
        foreach (Match match in UrlPattern().Matches(text))
        {
            var length = match.Length;
            while (length > 0 && ".,;:!?'".Contains(text[match.Index + length - 1]))
            {
                length--;
            }

            spans.Add(new TextSpan(match.Index, length));
        }

        return spans;
    }

    [GeneratedRegex(@"\b(?:https?|ftp)://[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+|\bwww\.[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+|\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
