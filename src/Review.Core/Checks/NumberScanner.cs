using System.Globalization;

namespace Review.Core.Checks;

/// <summary>
/// Finds the numbers of a text outside math, URLs, code and citations: integers, <c>1,000</c>
/// groups, decimals, <c>3e-5</c>, version strings, with their scale (<c>million</c>, <c>K/M/B</c>
/// suffixes, and the CJK units 만, 억, 万, 亿 and the like). Signs are ignored, so a range
/// <c>10-20</c> is the two numbers 10 and 20.
/// </summary>
public static class NumberScanner
{
    private static readonly string[] Terms = ["시간제", "小时制", "時間制", "류", "항 조건", "항 연산", "元运算"];

    /// <summary>Every number of the text; those inside math, URLs, code and citations are marked
    /// <see cref="NumberToken.Protected"/>.</summary>
    public static List<NumberToken>? Find(TextProfile profile)
    {
        var text = profile.Text;
        List<NumberToken>? tokens = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]) || (i > 0 && (IsDigit(text[i - 1]) || IsFractionDot(text, i - 1))))
            {
                i++;
                continue;
            }

            var token = Read(text, i);
            token = token with { Protected = IsInName(text, i) || IsInTerm(text, token.Span.End) || profile.IsInert(i) || profile.IsInCitation(i) };
            tokens ??= [];
            MergeOrAdd(tokens, token, text);
            i = token.Span.End;
        }

        return tokens;
    }

    /// <summary>A dot before a digit that the number before it already read as its fraction; the
    /// end of a range <c>0..23</c> or <c>-15..3</c> is a number of its own.</summary>
    private static bool IsFractionDot(string text, int dot) => text[dot] == '.' && !(dot > 0 && text[dot - 1] == '.');

    /// <summary>Set terms that a number starts, which a translation adds where the source says them
    /// in words or not at all: <c>24시간제</c> and <c>24小时制</c> (the 24-hour clock), <c>3류</c>
    /// (third-rate), <c>3항 조건 연산자</c> and <c>3元运算符</c> (the ternary operator).</summary>
    private static bool IsInTerm(string text, int end)
    {
        foreach (var term in Terms)
        {
            if (text.AsSpan(end).StartsWith(term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Digits that end a name: <c>ARRAY1</c>, <c>md5</c>, <c>$2</c>, or a metavariable of
    /// help text such as <c>&lt;숫자1&gt;</c> or <c>文件1</c>. Such a number still matches the other
    /// side but is never reported (<c>string2</c> → <c>문자열2는</c>). <c>제3장</c>, <c>第3章</c> and
    /// <c>3개</c> stay numbers: a word goes on after them.</summary>
    private static bool IsInName(string text, int start)
    {
        if (start > 0 && text[start - 1] == '$')
        {
            return true;
        }

        if (start == 0 || !char.IsLetter(text[start - 1]))
        {
            return false;
        }

        var end = SkipDigits(text, start);
        return char.IsAsciiLetter(text[start - 1]) || end == text.Length || !char.IsLetter(text[end]);
    }

    private static int SkipDigits(string text, int at)
    {
        while (at < text.Length && IsDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '\uFF10' and <= '\uFF19';

    private static NumberToken Read(string text, int start)
    {
        if (ClockTime.Read(text, start) is { } clock)
        {
            return clock;
        }

        var end = ReadDigits(text, start, allowGroups: true);
        var dots = 0;
        while (end + 1 < text.Length && text[end] == '.' && IsDigit(text[end + 1]))
        {
            end = ReadDigits(text, end + 1, allowGroups: false);
            dots++;
        }

        if (dots <= 1)
        {
            end = ReadExponent(text, end);
        }

        if (dots > 1)
        {
            return new NumberToken(new TextSpan(start, end - start), double.NaN, double.NaN, IsVersion: true);
        }

        var value = Parse(text.AsSpan(start, end - start));
        var (scale, scaleEnd) = NumberScales.After(text, end);
        return new NumberToken(new TextSpan(start, scaleEnd - start), value, value * scale, IsVersion: false);
    }

    private static int ReadDigits(string text, int at, bool allowGroups)
    {
        while (at < text.Length && IsDigit(text[at]))
        {
            at++;
        }

        while (allowGroups && at < text.Length && text[at] == ',' && IsGroup(text, at + 1))
        {
            at += 4;
        }

        return at;
    }

    private static bool IsGroup(string text, int at) =>
        at + 3 <= text.Length && IsDigit(text[at]) && IsDigit(text[at + 1]) && IsDigit(text[at + 2])
        && (at + 3 == text.Length || !IsDigit(text[at + 3]));

    private static int ReadExponent(string text, int end)
    {
        if (end + 1 >= text.Length || (text[end] != 'e' && text[end] != 'E'))
        {
            return end;
        }

        var at = end + 1;
        if (text[at] is '-' or '+' or '−')
        {
            at++;
        }

        if (at >= text.Length || !char.IsAsciiDigit(text[at]))
        {
            return end;
        }

        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        return at < text.Length && char.IsAsciiLetter(text[at]) ? end : at;
    }

    private static double Parse(ReadOnlySpan<char> written)
    {
        Span<char> buffer = stackalloc char[Math.Min(written.Length, 512)];
        var count = 0;
        foreach (var c in written)
        {
            if (c == ',' || count == buffer.Length)
            {
                continue;
            }

            buffer[count++] = c switch
            {
                >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
                '−' => '-',
                _ => c,
            };
        }

        return double.Parse(buffer[..count], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Joins <c>1억 2천만</c> into one number, as a Korean writer would read it.</summary>
    private static void MergeOrAdd(List<NumberToken> tokens, NumberToken token, string text)
    {
        if (tokens.Count > 0)
        {
            var last = tokens[^1];
            var gap = token.Span.Start - last.Span.End;
            var bothUnits = last.Protected == token.Protected && last.Scaled > last.Value && token.Scaled > token.Value && last.Scaled > token.Scaled;
            if (bothUnits && gap <= 1 && (gap == 0 || text[last.Span.End] == ' '))
            {
                var sum = last.Scaled + token.Scaled;
                var span = new TextSpan(last.Span.Start, token.Span.End - last.Span.Start);
                tokens[^1] = last with { Span = span, Scaled = sum };
                return;
            }
        }

        tokens.Add(token);
    }
}
