using System.Text.RegularExpressions;
using System.Buffers;

namespace Review.Core.Checks;

/// <summary>Finds inline and display math: <c>\( … \)</c>, <c>\[ … \]</c>, <c>$$ … $$</c> and <c>$ … $</c>;
/// the last only when its body looks like math, so bash's <c>$1 ... $N</c> stays prose.</summary>
public static partial class MathScanner
{
    private static readonly SearchValues<char> FormulaMarks = SearchValues.Create(@"\^_{}=<>|+");
    private static readonly SearchValues<char> FormulaOperators = SearchValues.Create(@"\^_{}=<>|+-*/");

    public static IReadOnlyList<TextSpan> Find(string text)
    {
        if (text.AsSpan().IndexOfAny('\\', '$') < 0)
        {
            return [];
        }

        List<TextSpan>? spans = null;
        foreach (var match in MathPattern().EnumerateMatches(text))
        {
            var single = text[match.Index] == '$' && text[match.Index + 1] != '$';
            var parenthesis = text[match.Index] == '\\' && text[match.Index + 1] == '(';
            var mathy = single ? LooksLikeMath(text.AsSpan(match.Index + 1, match.Length - 2))
                : !parenthesis || !IsRegexGroup(text.AsSpan(match.Index + 2, match.Length - 4));
            if (mathy)
            {
                (spans ??= []).Add(new TextSpan(match.Index, match.Length));
            }
        }

        return spans is null ? [] : spans;
    }

    /// <summary>An operator or TeX command, or a short unspaced body with a letter and no English
    /// word in it (<c>x</c>, <c>f(x)</c>, <c>2n</c>).</summary>
    private static bool LooksLikeMath(ReadOnlySpan<char> body)
    {
        if (IsProse(body))
        {
            return false;
        }

        if (body.IndexOfAny(FormulaMarks) >= 0)
        {
            return true;
        }

        var longestWord = 0;
        var word = 0;
        foreach (var c in body)
        {
            word = char.IsAsciiLetter(c) ? word + 1 : 0;
            longestWord = Math.Max(longestWord, word);
        }

        return body.Length <= 12 && body.IndexOfAny(' ', '\t') < 0 && longestWord is > 0 and < 4;
    }

    /// <summary>Hangul or Han, or an English word of four letters or more between spaces: the text
    /// between two shell variables (<c>$name'에 '$sha</c>, <c>$a doesn't contain $b</c>).</summary>
    private static bool IsProse(ReadOnlySpan<char> body)
    {
        if (body.IndexOfAnyInRange('\u1100', '\uD7A3') >= 0)
        {
            return true;
        }

        if (body.IndexOfAny(' ', '\t') < 0)
        {
            return false;
        }

        var word = 0;
        for (var i = 0; i < body.Length; i++)
        {
            word = char.IsAsciiLetter(body[i]) ? word + 1 : 0;
            if (word == 4 && (i < 4 || body[i - 4] is ' ' or '\''))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>\( and \)</c> of a regular expression in help text: a spaced body with words and
    /// no digit, operator or TeX command.</summary>
    private static bool IsRegexGroup(ReadOnlySpan<char> body) =>
        body.IndexOf(' ') >= 0 && body.IndexOfAnyInRange('0', '9') < 0 && body.IndexOfAny(FormulaOperators) < 0;

    // A single-dollar span must hug its content and not be followed by a digit, so prices such as
    // "$5 and $10" are not math.
    // An opening "\(" after another backslash is "\\" (a TeX line break) plus a parenthesis.
    // A shell "${REV}" opens no math ("Dropped ${REV} ($s)"), though "${x}$" still is math.
    [GeneratedRegex(@"(?<!\\)\\\(.*?\\\)|(?<!\\)\\\[.*?\\\]|\$\$.+?\$\$|(?<![\\$A-Za-z0-9])\$(?=[^\s$])(?!\{[A-Za-z_][A-Za-z0-9_]*\}(?!\$))[^$\n]*?(?<=[^\s\\])\$(?!\d)", RegexOptions.Singleline)]
    private static partial Regex MathPattern();
}
