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
        foreach (var match in UrlPattern().EnumerateMatches(text))
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

    // Boundaries are spelled out in ASCII: .NET's \b treats Hangul and Han as word characters, and
    // CJK text glues URLs to the words around them.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:https?|ftp)://[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+|(?<![A-Za-z0-9.])www\.[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
