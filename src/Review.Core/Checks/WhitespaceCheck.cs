using System.Buffers;

namespace Review.Core.Checks;

/// <summary>
/// <c>whitespace</c>: double spaces, leading or trailing white space that differs from the source,
/// a space before punctuation (Korean, Chinese, Japanese and English put none there), and
/// non-breaking or other odd spaces. Each finding carries the mechanical fix. Runs of spaces are
/// fine when the source has runs too: that is a column layout (<c>--help</c> text), and squeezing
/// it would break the columns.
/// </summary>
public sealed class WhitespaceCheck : ICheck
{
    public const string CheckId = "whitespace";

    /// <summary>Column layouts are looked for within lines this long: a terminal line, with room.</summary>
    private const int MaxColumnLine = 160;

    private const string ClosingPunctuation = ",.!?;:)]}，。、！？；：）］」』";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        CheckEdges(input, findings);
        var target = input.Target;
        if (!target.Contains("  ", StringComparison.Ordinal) && !HasSpaceBeforePunctuation(input.TargetProfile) && !HasOddSpace(input.TargetProfile))
        {
            return;
        }

        // A one-word label padded to its column (출  력 for "output") is laid out on purpose.
        var sourceCore = input.Source.AsSpan().Trim();
        if (!sourceCore.Contains("  ", StringComparison.Ordinal) && sourceCore.Contains(' '))
        {
            Report(input, "double space in target", Severity.Warning, DoubleSpaces(input), findings);
        }

        if (!UsesSpaceBeforePunctuation(input.TargetLang))
        {
            Report(input, "space before punctuation in target", Severity.Warning, SpacesBeforePunctuation(input), findings);
        }

        Report(input, "non-breaking or unusual space in target", Severity.Info, OddSpaces(input), findings);
    }

    private static void CheckEdges(CheckInput input, List<Finding> findings)
    {
        var source = input.Source;
        var target = input.Target;
        var sourceLead = source.Length - source.AsSpan().TrimStart().Length;
        var targetLead = target.Length - target.AsSpan().TrimStart().Length;
        if (targetLead != target.Length && !source.AsSpan(0, sourceLead).SequenceEqual(target.AsSpan(0, targetLead))
            && !(sourceLead > 0 && StartsWide(target.AsSpan(targetLead)) && source.AsSpan(0, sourceLead).Trim(' ').IsEmpty))
        {
            Report(input, "leading white space differs from source", Severity.Warning,
                [new TextEdit(0, targetLead, source[..sourceLead])], findings);
        }

        var sourceTrail = source.Length - source.AsSpan().TrimEnd().Length;
        var targetTrail = target.Length - target.AsSpan().TrimEnd().Length;
        if (targetTrail != target.Length && !source.AsSpan(source.Length - sourceTrail).SequenceEqual(target.AsSpan(target.Length - targetTrail))
            && !(sourceTrail > 0 && EndsWide(target.AsSpan().TrimEnd()) && SameBreaks(source.AsSpan(source.Length - sourceTrail), target.AsSpan(target.Length - targetTrail)))
            && !IsPaddedToSourceWidth(source, target, sourceTrail, targetTrail))
        {
            Report(input, "trailing white space differs from source", Severity.Warning,
                [new TextEdit(target.Length - targetTrail, targetTrail, source[^sourceTrail..])], findings);
        }
    }

    private static List<TextEdit> DoubleSpaces(CheckInput input)
    {
        var text = input.Target;
        var edits = new List<TextEdit>();
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        var start = text.Length - text.AsSpan().TrimStart().Length;
        var end = text.AsSpan().TrimEnd().Length;
        for (var i = start; i < end - 1; i++)
        {
            if (text[i] != ' ' || text[i + 1] != ' ' || input.TargetProfile.IsInert(i))
            {
                continue;
            }

            var run = i;
            while (run < end && text[run] == ' ')
            {
                run++;
            }

            if (run < text.Length && text[run] is ':' or '：' && (SourceHas(input.Source, " :", known) || EndsLine(text, run + 1)))
            {
                // Labels aligned on their colons (Owner    : %s, \t访问权限   ：), as ld.so and the source lay them out.
                i = run;
                continue;
            }

            if (IsHelpColumn(text, i) || KeepsSourceColumn(input.Source, text, run))
            {
                i = run;
                continue;
            }

            edits.Add(new TextEdit(i, run - i, " "));
            i = run;
        }

        return edits;
    }

    private static List<TextEdit> SpacesBeforePunctuation(CheckInput input)
    {
        var text = input.Target;
        var edits = new List<TextEdit>();
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var i = 1; i < text.Length; i++)
        {
            if (!ClosingPunctuation.Contains(text[i]) || text[i - 1] != ' ' || input.TargetProfile.IsInert(i))
            {
                continue;
            }

            var start = i - 1;
            while (start > 0 && text[start - 1] == ' ')
            {
                start--;
            }

            var followedByWord = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            var standalone = text[i] is '?' or '!' or ')' && i + 1 < text.Length && text[i + 1] == ' ';
            var ellipsis = text[i] == '.' && i + 1 < text.Length && text[i + 1] == '.';
            var sourceDoesToo = SourceHas(input.Source, " " + text[i], known) || SourceHas(input.Source, " " + Narrow(text[i]), known);
            var alignedLabel = i - start > 1 && text[i] is ':' or '：' && EndsLine(text, i + 1);
            if (start > 0 && !followedByWord && !standalone && !ellipsis && !sourceDoesToo && !alignedLabel && !(text[i] == ')' && text[start - 1] == '('))
            {
                edits.Add(new TextEdit(start, i - start, ""));
            }
        }

        return edits;
    }

    /// <summary>The same line breaks once spaces are set aside (<c>match. \n</c> against <c>相符。\n</c>).</summary>
    private static bool SameBreaks(ReadOnlySpan<char> source, ReadOnlySpan<char> target) =>
        source.Count('\n') == target.Count('\n') && source.Count('\t') == target.Count('\t');

    /// <summary>Only white space from <paramref name="from"/> to the end of its line.</summary>
    private static bool EndsLine(string text, int from)
    {
        for (var i = from; i < text.Length && text[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The run after the first word of an indented help line (<c>  架构目录  一个用于…</c>):
    /// the column between an option or metavariable and its description.</summary>
    private static bool IsHelpColumn(string text, int run)
    {
        // Looks back a help line's width at most, so a long text with many runs stays linear.
        var window = Math.Min(run, MaxColumnLine);
        var newline = window == 0 ? -1 : text.LastIndexOf('\n', run - 1, window);
        var lineStart = newline >= 0 ? newline + 1 : run <= MaxColumnLine ? 0 : run;
        if (run - lineStart < 3 || text[lineStart] != ' ' || text[lineStart + 1] != ' ')
        {
            return false;
        }

        var word = text.AsSpan(lineStart, run - lineStart).TrimStart(' ');
        return word.Length > 0 && word.IndexOfAny(' ', '\t') < 0;
    }

    /// <summary>
    /// A one-line run that puts the next word in the source's column (<c> total %8ldK</c> →
    /// <c> 총계  %8ldK</c>: two wide letters and two spaces fill the width of "total "), measured in
    /// terminal columns.
    /// </summary>
    private static bool KeepsSourceColumn(string source, string target, int runEnd)
    {
        if (runEnd >= target.Length || target.Length > MaxColumnLine || source.Length > MaxColumnLine
            || source.AsSpan().TrimEnd('\n').Contains('\n') || target.AsSpan().TrimEnd('\n').Contains('\n'))
        {
            return false;
        }

        var next = target.AsSpan(runEnd);
        var space = next.IndexOf(' ');
        var word = space < 0 ? next : next[..space];
        var at = source.AsSpan().IndexOf(word, StringComparison.Ordinal);
        return at > 0 && DisplayWidth.OfText(source.AsSpan(0, at)) == DisplayWidth.OfText(target.AsSpan(0, runEnd));
    }

    /// <summary>A one-line label padded with spaces to the source's width (<c>time unknown       </c> →
    /// <c>未知的时间         </c>): a column, whatever the count of spaces.</summary>
    private static bool IsPaddedToSourceWidth(string source, string target, int sourceTrail, int targetTrail) =>
        sourceTrail > 0 && targetTrail > 0 && !source.Contains('\n') && !target.Contains('\n')
        && source.AsSpan(source.Length - sourceTrail).Trim(' ').IsEmpty && target.AsSpan(target.Length - targetTrail).Trim(' ').IsEmpty
        && DisplayWidth.OfText(source) == DisplayWidth.OfText(target);

    /// <summary>A fullwidth mark opens with its own spacing: <c>（核心已转储）</c> needs no space before it
    /// where <c> (core dumped)</c> has one.</summary>
    private static bool StartsWide(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is (>= '\u3001' and <= '\u303F') or (>= '\uFF01' and <= '\uFF65');

    /// <summary>Whether the source contains <paramref name="what"/>, searched once per string: asked at
    /// every mark of a long target, the searches made the check quadratic.</summary>
    private static bool SourceHas(string source, string what, Dictionary<string, bool> known)
    {
        if (!known.TryGetValue(what, out var has))
        {
            known[what] = has = source.Contains(what, StringComparison.Ordinal);
        }

        return has;
    }

    /// <summary>A fullwidth mark carries its own spacing: <c>新密码：</c> needs no space after it
    /// where <c>New password: </c> has one.</summary>
    private static bool EndsWide(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is (>= '\u3001' and <= '\u303F') or (>= '\uFF01' and <= '\uFF65');

    private static char Narrow(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c switch { '。' => '.', '、' => ',', _ => c };

    private static List<TextEdit> OddSpaces(CheckInput input)
    {
        var text = input.Target;
        var edits = new List<TextEdit>();
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsOddSpace(text[i], input.TargetLang) && !SourceHas(input.Source, text[i].ToString(), known) && !Windows1252.IsNextToDebris(text, i))
            {
                edits.Add(new TextEdit(i, 1, " "));
            }
        }

        return edits;
    }

    private static void Report(CheckInput input, string message, Severity severity, List<TextEdit> edits, List<Finding> findings)
    {
        if (edits.Count == 0)
        {
            return;
        }

        var spans = edits.Select(e => Graphemes.Snap(input.Target, e.Start, Math.Max(e.Length, 1))).ToArray();
        var counted = edits.Count > 1 ? $"{message} ({edits.Count}×)" : message;
        findings.Add(Finding.WithFix(CheckId, severity, counted, [], spans, input.Target, edits));
    }

    private static bool UsesSpaceBeforePunctuation(string language) => language is "fr";

    private static bool HasSpaceBeforePunctuation(TextProfile profile)
    {
        // Without fullwidth punctuation (U+3001..U+300F, U+FF01..U+FF3D) the ASCII marks alone decide,
        // and an all-ASCII set is searched far faster than a mixed one.
        var text = profile.Text;
        var span = text.AsSpan();
        var asciiOnly = profile.IsPlain || (span.IndexOfAnyInRange('\u3001', '\u300F') < 0 && span.IndexOfAnyInRange('\uFF01', '\uFF3D') < 0);
        var marks = asciiOnly ? AsciiPunctuation : Punctuation;
        var at = span.IndexOfAny(marks);
        while (at >= 0)
        {
            if (at > 0 && text[at - 1] == ' ')
            {
                return true;
            }

            var next = span[(at + 1)..].IndexOfAny(marks);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static readonly SearchValues<char> OddSpaceValues = SearchValues.Create("\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000");

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(ClosingPunctuation);

    private static readonly SearchValues<char> AsciiPunctuation = SearchValues.Create(",.!?;:)]}");

    // Every odd space lies in U+00A0..U+3000, which Hangul, Han, kana and ASCII all miss: one range scan settles most texts.
    private static bool HasOddSpace(TextProfile profile) =>
        !profile.IsPlain && profile.Text.AsSpan().IndexOfAnyInRange('\u00A0', '\u3000') >= 0 && profile.Text.AsSpan().IndexOfAny(OddSpaceValues) >= 0;

    private static bool IsOddSpace(char c, string language) =>
        c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F'
        || (c == '\u3000' && language is not ("zh" or "ja"));
}
