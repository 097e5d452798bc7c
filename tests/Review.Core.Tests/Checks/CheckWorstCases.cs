using System.Text;
using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

/// <summary>For every check, inputs of a given length built to be that check's worst case: as many of
/// what it scans for as fit (numbers, placeholders, citations, math, tags, URLs, runs of spaces, stray
/// brackets, repeats...), mostly unmatched on the other side, so every finding path runs, and shapes
/// a backtracking or rescanning search gets stuck on (unclosed delimiters, long words).</summary>
internal static class CheckWorstCases
{
    public sealed record Case(string CheckId, string Shape, TextKind Kind, string TargetLanguage, Func<int, string> Source, Func<int, string> Target)
    {
        public override string ToString() => $"{CheckId}/{Shape}";
    }

    public static readonly IReadOnlyList<Case> All =
    [
        new(PlaceholderCheck.CheckId, "many placeholders", TextKind.Software, "ko",
            n => Fill(n, i => $"Copy %s to %d of %{i % 9 + 1}$s {{{i % 10}}} {{name{i}}} $HOME{i} ${{x{i}}} %(n{i})s %lu. "),
            n => Fill(n, i => $"%{i % 9 + 1}$s에 {{{i % 7}}} $PATH{i} %zu %(m{i})d 복사. ")),
        new(PlaceholderCheck.CheckId, "positions after the conversion", TextKind.Software, "zh",
            n => Fill(n, i => $"service %s of type %s in domain %s{i}: "),
            n => Fill(n, i => $"域 %s$3 中的类型 %s$2 的 %s$1 {i}：")),
        new(PlaceholderCheck.CheckId, "swapped without positions", TextKind.Software, "ko",
            n => Fill(n, i => $"signal %s before running %.{i % 900 + 10}s "),
            n => Fill(n, i => $"%.{i % 900 + 10}s 실행 전 %s 시그널 ")),
        new(NumberCheck.CheckId, "many numbers", TextKind.Prose, "ko",
            n => Fill(n, i => $"item {i} costs {i}.5 and 3 million, "),
            n => Fill(n, i => $"항목 {i + 1_000_000}개 1억 2천만 ")),
        new(NumberCheck.CheckId, "numbers missing from a Chinese target", TextKind.Prose, "zh",
            n => Fill(n, i => $"item {i + 11} costs {i * 7 + 11}, "),
            n => Fill(n, i => $"项目{(i % 10 == 0 ? "十六" : "三十二")}开 ")),
        new(NumberCheck.CheckId, "one number per line", TextKind.Software, "ko",
            n => Fill(n, i => $"Line {i} ok.\n"),
            n => Fill(n, i => $"줄 {i} 확인.\n")),
        new(CitationCheck.CheckId, "many citations", TextKind.Prose, "ko",
            n => Fill(n, i => $"see [{i}, {i + 1}] and (Smith et al., 20{i % 100:00}) as Brown ({1900 + i % 100}) did. "),
            n => Fill(n, i => $"[{i + 7}] 참조 (Smith 등, 2020) [{i}–{i + 2}] ")),
        new(CitationCheck.CheckId, "long runs of capitals", TextKind.Prose, "ko",
            n => "(see " + Fill(n, _ => "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            n => "(참조 " + Fill(n, _ => "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        new(CitationCheck.CheckId, "capitals before parentheses", TextKind.Prose, "ko",
            n => Fill(n, i => $"NAME{i} (x) ABCDEFGHIJ(20 "),
            n => Fill(n, i => $"이름{i} (x) ABCDEFGHIJ(20 ")),
        new(MathCheck.CheckId, "many formulas", TextKind.Prose, "ko",
            n => Fill(n, i => $"we set $x_{{{i}}}$ and \\(a^{{{i}}}\\) then $$b_{i}$$ "),
            n => Fill(n, i => $"$y_{{{i}}}$ 및 \\ (a^{{{i + 1}}}\\) 에서 $$c_{i}$$ ")),
        new(MathCheck.CheckId, "unclosed delimiters", TextKind.Prose, "ko",
            n => "$x$ " + Fill(n, _ => "\\( \\[ $$ a "),
            n => "$y$ " + Fill(n, _ => "\\( \\[ $$ 가 ")),
        new(MarkupCheck.CheckId, "many tags and code spans", TextKind.Prose, "ko",
            n => Fill(n, i => $"<b>x{i}</b> `code{i}` [a](u{i}) **b** _c_ <br> "),
            n => Fill(n, i => $"'q{i}' <i>y</i> [a](v{i}) *b* ")),
        new(MarkupCheck.CheckId, "unclosed tags", TextKind.Prose, "ko",
            n => Fill(n, _ => "<a b c d "),
            n => Fill(n, _ => "<a 가 나 ")),
        new(UrlCheck.CheckId, "many URLs", TextKind.Prose, "ko",
            n => Fill(n, i => $"see https://e.org/{i} or ftp://x{i}.com/a. "),
            n => Fill(n, i => $"https://f.org/{i} 또는 http://c.org/{i} 참조. ")),
        new(UrlCheck.CheckId, "many e-mail addresses", TextKind.Prose, "zh",
            n => Fill(n, i => $"write to a{i}@example.org or see www.example.org/{i} "),
            n => Fill(n, i => $"请写信给 b{i}@example.com 或 c{i}.d@x-y.example.co 与 www.e.org/{i} ")),
        new(UrlCheck.CheckId, "long address-like runs", TextKind.Prose, "ko",
            n => "@" + Fill(n, _ => "a.b-c_d%e+f"),
            n => "x@" + Fill(n, _ => "a.b-c.d") + "@"),
        new(UntranslatedCheck.CheckId, "English target", TextKind.Prose, "ko",
            n => Fill(n, i => $"the model reads file {i} again "),
            n => Fill(n, i => $"the model reads file {i} again 가 ")),
        new(LengthRatioCheck.CheckId, "long text", TextKind.Prose, "ko",
            n => Fill(n, i => $"the model reads file {i} again. "),
            n => Fill(n, i => $"모델 {i}. ")),
        new(TruncationCheck.CheckId, "long text", TextKind.Prose, "ko",
            n => Fill(n, i => $"the model reads file {i} again. "),
            n => Fill(n, i => $"모델 {i}")),
        new(WhitespaceCheck.CheckId, "odd spaces", TextKind.Prose, "ko",
            n => Fill(n, i => $"a b, c{i}. "),
            n => Fill(n, i => $"가  나 , 다\u00A0라 ,   {i}  : ")),
        new(BracketCheck.CheckId, "stray closers", TextKind.Prose, "ko",
            n => Fill(n, i => $"(a{i}) [b] {{c}} \"d\" "),
            n => Fill(n, i => $")) ]] }} 「{i} ")),
        new(BracketCheck.CheckId, "deep brackets", TextKind.Prose, "ko",
            n => Fill(n / 2, _ => "(") + Fill(n / 2, _ => ")"),
            n => Fill(n / 2, _ => "(") + Fill(n / 2 - 1, _ => ")")),
        new(RepeatCheck.CheckId, "repeats the source has too", TextKind.Prose, "ko",
            n => Fill(n, i => $"the the cat{i} cat{i} a b a b "),
            n => Fill(n, i => $"the the cat{i} cat{i} a b a b ")),
        new(RepeatCheck.CheckId, "Chinese repeats the source has too", TextKind.Prose, "zh",
            n => Fill(n, i => $"测试测试{i}中文中文 "),
            n => Fill(n, i => $"测试测试{i}中文中文 ")),
        new(EncodingCheck.CheckId, "mojibake", TextKind.Prose, "ko",
            n => Fill(n, i => $"café über {i} "),
            n => Fill(n, i => $"cafÃ© Ã¼ber {i} \uFFFD ëª¨ë\u008d¸ ")),
        new(ControlCheck.CheckId, "control characters", TextKind.Software, "ko",
            n => Fill(n, i => $"a\tb{i}\n"),
            n => Fill(n, i => $"가\u0007나\u200B{i}\r\n\u202E")),
        new(AcceleratorCheck.CheckId, "many accelerators", TextKind.Software, "ko",
            n => Fill(n, i => $"&File{i} _Edit "),
            n => Fill(n, i => $"파일{i}(&F) 편집(_E) ")),
        new(EndPunctuationCheck.CheckId, "long tail of marks", TextKind.Software, "zh",
            n => "Action" + Fill(n, _ => ":."),
            n => "动作" + Fill(n, _ => "。")),
    ];

    /// <summary><paramref name="piece"/> for i = 0, 1, 2... until the text is
    /// <paramref name="length"/> characters long.</summary>
    private static string Fill(int length, Func<int, string> piece)
    {
        var builder = new StringBuilder(length + 100);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(piece(i));
        }

        return builder.ToString(0, length);
    }
}
