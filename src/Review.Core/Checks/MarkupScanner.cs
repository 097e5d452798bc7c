using System.Text.RegularExpressions;

namespace Review.Core.Checks;

/// <summary>Finds what a translation must carry over verbatim: placeholders (<c>{0}</c>, <c>%s</c>),
/// HTML/XML tags, code spans and link targets; and counts markdown emphasis delimiters.</summary>
public static partial class MarkupScanner
{
    /// <summary>The tokens of the text in order, or null when it has none.</summary>
    public static List<MarkupToken>? Tokens(TextProfile profile)
    {
        var text = profile.Text;
        var mayHaveTokens = text.AsSpan().IndexOfAny("{%<") >= 0 || text.Contains("](", StringComparison.Ordinal);
        if (!mayHaveTokens && profile.Code.Count == 0)
        {
            return null;
        }

        var tokens = new List<MarkupToken>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            if (profile.IsInert(match.Index))
            {
                continue;
            }

            var kind = match.Groups["link"].Success ? "link" : match.Value[0] == '<' ? "tag" : "placeholder";
            var group = match.Groups["link"].Success ? match.Groups["link"] : match.Groups[0];
            tokens.Add(new MarkupToken(kind, group.Value, new TextSpan(group.Index, group.Length)));
        }

        foreach (var code in profile.Code)
        {
            tokens.Add(new MarkupToken("code", text.Substring(code.Start, code.Length), code));
        }

        return tokens;
    }

    /// <summary>Emphasis delimiters outside math, URLs and code: a run of <c>*</c> or <c>_</c> that
    /// opens or closes (touches text on one side and a boundary on the other). Returns the count of
    /// bold (<c>**</c>/<c>__</c>) and of single delimiters.</summary>
    public static (int Bold, int Single) Emphasis(TextProfile profile)
    {
        var text = profile.Text;
        int bold = 0, single = 0;
        var at = text.AsSpan().IndexOfAny('*', '_');
        while (at >= 0 && at < text.Length)
        {
            var marker = text[at];
            var end = at;
            while (end < text.Length && text[end] == marker)
            {
                end++;
            }

            if (IsDelimiter(text, at, end) && !IsLatexScript(text, at, end) && !profile.IsInert(at))
            {
                bold += (end - at) / 2;
                single += (end - at) % 2;
            }

            var next = text.AsSpan(end).IndexOfAny('*', '_');
            at = next < 0 ? -1 : end + next;
        }

        return (bold, single);
    }

    /// <summary>A run delimits emphasis unless white space surrounds it (<c>a * b</c>, a list
    /// bullet) or ASCII letters or digits do (<c>snake_case</c>, <c>2*3</c>). Korean particles glued
    /// to a closing run (<c>**모델**은</c>) still count, as translators write them that way.</summary>
    private static bool IsDelimiter(string text, int start, int end)
    {
        var before = start == 0 ? ' ' : text[start - 1];
        var after = end == text.Length ? ' ' : text[end];
        var spaced = char.IsWhiteSpace(before) && char.IsWhiteSpace(after);
        var intraword = char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after);
        return !spaced && !intraword;
    }

    /// <summary><c>_{</c> and <c>}_</c> are TeX subscripts, left over when math delimiters broke.</summary>
    private static bool IsLatexScript(string text, int start, int end) =>
        (end < text.Length && text[end] == '{') || (start > 0 && text[start - 1] is '}' or '\\');

    [GeneratedRegex(@"\{\d+\}|\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:\d+\$)?[-+0#]?\d*(?:\.\d+)?[sdfiuxXcp@](?![A-Za-z])|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|\]\((?<link>[^()\s]+)\)")]
    private static partial Regex TokenPattern();
}
