using System.Buffers;

namespace Review.Core.Checks;

/// <summary>Finds inline and display math: <c>\( … \)</c>, <c>\[ … \]</c>, <c>$$ … $$</c> and <c>$ … $</c>;
/// the last only when its body looks like math, so bash's <c>$1 ... $N</c> stays prose.</summary>
public static class MathScanner
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
        foreach (var match in Candidates(text))
        {
            var single = text[match.Start] == '$' && text[match.Start + 1] != '$';
            var parenthesis = text[match.Start] == '\\' && text[match.Start + 1] == '(';
            var mathy = single ? LooksLikeMath(text.AsSpan(match.Start + 1, match.Length - 2))
                : !parenthesis || !IsRegexGroup(text.AsSpan(match.Start + 2, match.Length - 4));
            if (mathy)
            {
                (spans ??= []).Add(match);
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

    /// <summary>The spans of <c>\( … \)</c>, <c>\[ … \]</c>, <c>$$ … $$</c> (each closed by the first
    /// closer after it) and <c>$ … $</c>, left to right. A single-dollar span must hug its content,
    /// stay on one line and not be followed by a digit, so prices such as "$5 and $10" are not math;
    /// an opening "\(" after another backslash is "\\" (a TeX line break) plus a parenthesis.
    /// Written out rather than as a regular expression, which searched to the end of the text again
    /// from every unclosed opener (quadratic); here a closer found missing stays missing.</summary>
    private static IEnumerable<TextSpan> Candidates(string text)
    {
        var parenthesis = new Closer(text, @"\)");
        var bracket = new Closer(text, @"\]");
        var dollars = new Closer(text, "$$");
        for (var at = text.AsSpan().IndexOfAny('\\', '$'); at >= 0 && at + 1 < text.Length;)
        {
            var close = -1;
            var next = text[at + 1];
            if (text[at] == '\\')
            {
                var escaped = at > 0 && text[at - 1] == '\\';
                close = escaped ? -1 : next == '(' ? parenthesis.After(at + 2) : next == '[' ? bracket.After(at + 2) : -1;
            }
            else if (next == '$')
            {
                close = dollars.After(at + 3);
            }
            else if (OpensSingle(text, at))
            {
                close = ClosesSingle(text, at);
            }

            var resume = close >= 0 ? close + (text[at] == '$' && next != '$' ? 1 : 2) : at + 1;
            if (close >= 0)
            {
                yield return new TextSpan(at, resume - at);
            }

            var following = resume < text.Length ? text.AsSpan(resume).IndexOfAny('\\', '$') : -1;
            at = following < 0 ? -1 : resume + following;
        }
    }

    private static bool OpensSingle(string text, int at) =>
        (at == 0 || !(text[at - 1] is '\\' or '$' || char.IsAsciiLetterOrDigit(text[at - 1]))) && !char.IsWhiteSpace(text[at + 1])
        && !IsShellVariable(text, at);

    /// <summary>A shell <c>${REV}</c> opens no math ("Dropped ${REV} ($s)"), though <c>${x}$</c> still is math.</summary>
    private static bool IsShellVariable(string text, int at)
    {
        if (text[at + 1] != '{' || at + 2 >= text.Length || !(char.IsAsciiLetter(text[at + 2]) || text[at + 2] == '_'))
        {
            return false;
        }

        var end = at + 3;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return end < text.Length && text[end] == '}' && (end + 1 == text.Length || text[end + 1] != '$');
    }

    /// <summary>The closing <c>$</c> of a single-dollar span opened at <paramref name="open"/>: the next
    /// <c>$</c> on the line, after neither white space nor a backslash and before no digit or shell
    /// variable; or -1.</summary>
    private static int ClosesSingle(string text, int open)
    {
        var found = text.AsSpan(open + 1).IndexOfAny('$', '\n');
        var at = found < 0 ? -1 : open + 1 + found;
        var hugs = at >= 0 && text[at] == '$' && !char.IsWhiteSpace(text[at - 1]) && text[at - 1] != '\\';
        return hugs && (at + 1 == text.Length || !(char.IsDigit(text[at + 1]) || BothShellNames(text, open, at))) ? at : -1;
    }

    /// <summary>Both dollars start a shell variable written in capitals, <c>$N+1,$N+2</c> in bash's
    /// help: prose between two variables, not a formula (<c>the $n$th</c> still is one).</summary>
    private static bool BothShellNames(string text, int open, int close) =>
        close + 1 < text.Length && IsShellNameStart(text[open + 1]) && IsShellNameStart(text[close + 1]);

    private static bool IsShellNameStart(char c) => char.IsAsciiLetterUpper(c) || c == '{';

    /// <summary>The first closer at or after a position, remembered: openers come left to right, so
    /// a closer found (or found missing) answers every later opener before it.</summary>
    private sealed class Closer(string text, string closer)
    {
        private int _from = int.MaxValue;
        private int _found = -1;

        public int After(int from)
        {
            if (from > text.Length)
            {
                return -1;
            }

            if (from < _from || (_found >= 0 && _found < from))
            {
                _from = from;
                _found = text.IndexOf(closer, from, StringComparison.Ordinal);
            }

            return _found;
        }
    }
}
