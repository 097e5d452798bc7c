using System.Text.RegularExpressions;

namespace Review.Core.Checks;

/// <summary>Finds what a translation must carry over verbatim: HTML/XML tags, code spans and link
/// targets (placeholders are the placeholder check's); and counts markdown emphasis delimiters.</summary>
public static partial class MarkupScanner
{
    /// <summary>The tokens of the text in order, or null when it has none.</summary>
    public static List<MarkupToken>? Tokens(TextProfile profile)
    {
        var text = profile.Text;
        var mayHaveTokens = text.Contains('<') || text.Contains("](", StringComparison.Ordinal);
        if (!mayHaveTokens && profile.Code.Count == 0)
        {
            return null;
        }

        var tokens = new List<MarkupToken>();
        var matches = TokenPattern().Matches(text);
        var closes = matches.Where(m => m.Value.StartsWith("</", StringComparison.Ordinal)).Select(m => m.Groups["name"].Value).ToHashSet();
        foreach (Match match in matches)
        {
            if (profile.IsInert(match.Index) || IsMetavariable(match, closes))
            {
                continue;
            }

            var kind = match.Groups["link"].Success ? "link" : "tag";
            var group = match.Groups["link"].Success ? match.Groups["link"] : match.Groups[0];
            tokens.Add(new MarkupToken(kind, group.Value, new TextSpan(group.Index, group.Length)));
        }

        foreach (var code in profile.Code)
        {
            tokens.Add(new MarkupToken("code", text.Substring(code.Start, code.Length), code));
        }

        return tokens;
    }

    /// <summary><c>&lt;FILE&gt;</c> and <c>&lt;package status file&gt;</c> in help text name an
    /// argument, not an element: an opening tag without attributes (no <c>=</c>) that nothing
    /// closes. <c>&lt;br&gt;</c> and friends stay tags.</summary>
    private static bool IsMetavariable(Match match, HashSet<string> closes)
    {
        if (!match.Groups["name"].Success)
        {
            return false;
        }

        var name = match.Groups["name"].Value;
        var opening = match.Value[1] != '/' && !match.Value.EndsWith("/>", StringComparison.Ordinal);
        var attributes = match.Value.Contains('=');
        return opening && !attributes && !closes.Contains(name) && !VoidElements.Contains(name.ToLowerInvariant());
    }

    private static readonly HashSet<string> VoidElements = ["br", "hr", "img", "p", "b", "i", "u", "em", "strong", "li", "tt", "sub", "sup", "code", "small", "big"];

    /// <summary>Emphasis delimiters outside math, URLs and code: a run of <c>*</c> or <c>_</c> that
    /// opens or closes (touches text on one side and a boundary on the other). Returns the count of
    /// bold (<c>**</c>/<c>__</c>) and of single delimiters.</summary>
    public static (int Bold, int Single) Emphasis(TextProfile profile)
    {
        var text = profile.Text;
        int bold = 0, single = 0;
        var lastClosingUnderscore = LastClosingUnderscore(text);
        var at = text.AsSpan().IndexOfAny('*', '_');
        while (at >= 0 && at < text.Length)
        {
            var marker = text[at];
            var end = at;
            while (end < text.Length && text[end] == marker)
            {
                end++;
            }

            var mnemonic = marker == '_' && end == at + 1 && at >= lastClosingUnderscore && end < text.Length && char.IsLetterOrDigit(text[end]);
            if (IsDelimiter(text, at, end) && !mnemonic && !IsLatexScript(text, at, end) && !profile.IsInert(at))
            {
                bold += (end - at) / 2;
                single += (end - at) % 2;
            }

            var next = text.AsSpan(end).IndexOfAny('*', '_');
            at = next < 0 ? -1 : end + next;
        }

        return (bold, single);
    }

    /// <summary>Where the last <c>_</c> that could close emphasis (text before it, none after) lies;
    /// a lone <c>_</c> before a letter with no such closer after it is a mnemonic (<c>_File</c>,
    /// <c>만들기(_R)</c>), not emphasis.</summary>
    private static int LastClosingUnderscore(string text)
    {
        for (var i = text.Length - 1; i >= 1; i--)
        {
            if (text[i] == '_' && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A run delimits emphasis unless white space surrounds it (<c>a * b</c>, a list
    /// bullet) or ASCII letters or digits do (<c>snake_case</c>, <c>2*3</c>, <c>1024*每英寸</c>); a
    /// lone <c>*</c> after a digit multiplies (<c>0.5*&lt;대기&gt;</c>), and one between Han characters
    /// is a literal (<c>用*显示</c>). Korean particles glued
    /// to a closing run (<c>**모델**은</c>) still count, as translators write them that way.</summary>
    private static bool IsDelimiter(string text, int start, int end)
    {
        var before = start == 0 ? ' ' : Boundary(text[start - 1]);
        var after = end == text.Length ? ' ' : Boundary(text[end]);
        var lone = end == start + 1;
        if (lone && text[start] == '*' && ((char.IsAsciiDigit(before) && !char.IsWhiteSpace(after)) || (IsHan(before) && IsHan(after))))
        {
            return false;
        }

        var spaced = char.IsWhiteSpace(before) && char.IsWhiteSpace(after);
        var intraword = (char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after))
            || (text[start] == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
            || (char.IsAsciiDigit(before) && char.IsLetterOrDigit(after)) || (char.IsLetterOrDigit(before) && char.IsAsciiDigit(after));
        return !spaced && !intraword;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>Fullwidth punctuation (<c>：** 文件结束 **</c>) bounds a run as white space does.</summary>
    private static char Boundary(char c) => c is >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20' ? ' ' : c;

    /// <summary><c>_{</c> and <c>}_</c> are TeX subscripts, left over when math delimiters broke;
    /// <c>FIRST_[LAST_]PAGE</c> is a name with an optional part, <c>&lt;package&gt;_&lt;version&gt;</c> a file name.</summary>
    private static bool IsLatexScript(string text, int start, int end) =>
        (end < text.Length && text[end] is '{' or '[') || (start > 0 && text[start - 1] is '}' or ']' or '\\')
        || (text[start] == '_' && end < text.Length && text[end] == ']' && start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
        || (text[start] == '_' && end < text.Length && text[end] == '<' && start > 0 && text[start - 1] == '>');

    [GeneratedRegex(@"</?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>|\]\((?<link>[^()\s]+)\)")]
    private static partial Regex TokenPattern();
}
