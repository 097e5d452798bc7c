using System.Text.RegularExpressions;

namespace Review.Core.Checks;

/// <summary>
/// <c>encoding</c>: U+FFFD replacement characters; text that looks like mojibake (UTF-8 read as
/// Windows-1252, <c>Ã©</c>/<c>â€™</c>; or as Windows-874, Thai marks on nothing and Thai glued to
/// Windows-1252 punctuation); and words that mix scripts no language mixes (Cyrillic with Latin, Thai
/// with anything, kana with Hangul).
/// </summary>
public sealed partial class EncodingCheck : ICheck
{
    public const string CheckId = "encoding";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        CheckSide(input.Source, input.SourceLang, isSource: true, findings);
        CheckSide(input.Target, input.TargetLang, isSource: false, findings);
    }

    private static void CheckSide(string text, string language, bool isSource, List<Finding> findings)
    {
        if (text.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F') < 0)
        {
            return;
        }

        var side = isSource ? "source" : "target";
        var replacements = ReplacementCharacters(text);
        if (replacements.Count > 0)
        {
            Add(findings, isSource, Severity.Error, $"{side} contains {Plural(replacements.Count, "U+FFFD replacement character")}: bytes were lost", replacements);
        }

        var thai = ThaiMojibake(text);
        if (thai.Count > 0)
        {
            Add(findings, isSource, Severity.Error, $"{side} looks like mojibake: UTF-8 read as Windows-874 (broken Thai in {Name(language)} text)", thai);
            return;
        }

        var latin1 = text.AsSpan().IndexOfAnyInRange('\u00C0', '\u00FF') < 0 ? [] : Latin1Mojibake(text);
        // In Korean, Chinese or Japanese text even one accented Latin letter glued to a
        // Windows-1252 symbol is a garbled character; in Latin text it takes two to be sure.
        var garbled = latin1.Count >= 2 || (latin1.Count == 1 && (LanguageTags.IsCjk(language) || text.Contains("â€", StringComparison.Ordinal)));
        if (garbled)
        {
            Add(findings, isSource, Severity.Error, $"{side} looks like mojibake: UTF-8 read as Windows-1252", latin1);
            return;
        }

        var mixed = MayMixScripts(text) ? MixedScriptWords(text) : [];
        if (mixed.Count > 0)
        {
            Add(findings, isSource, Severity.Warning, $"{side} has words mixing scripts no language mixes", mixed);
        }
    }

    // Read-only lists: an empty answer, the common case, is then the shared empty array, not a new list per text.
    private static List<TextSpan> ReplacementCharacters(string text)
    {
        if (!text.Contains('\uFFFD'))
        {
            return [];
        }

        var spans = new List<TextSpan>();
        for (var at = text.IndexOf('\uFFFD'); at >= 0; at = text.IndexOf('\uFFFD', at + 1))
        {
            spans.Add(Graphemes.Snap(text, at, 1));
        }

        return spans;
    }

    /// <summary>Thai as no Thai writer types it: a Thai vowel or tone mark with no Thai letter
    /// before it to sit on. UTF-8 Hangul read as Windows-874 is full of these (its lead bytes
    /// become the marks ์ ํ ๊ ๋), while a quoted Thai word has none.</summary>
    private static IReadOnlyList<TextSpan> ThaiMojibake(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u0E00', '\u0E7F') < 0)
        {
            return [];
        }

        var signatures = ThaiSignature(text);
        var orphans = new List<TextSpan>();
        for (var i = 0; i < text.Length; i++)
        {
            if (IsThaiMark(text[i]) && (i == 0 || Scripts.Of(text[i - 1]) != Script.Thai))
            {
                orphans.Add(Graphemes.Snap(text, i, 1));
            }
        }

        // One orphan mark could be a typo; two, or one glued to Windows-1252 punctuation, are not.
        if (orphans.Count < 2 && signatures.Count == 0)
        {
            return [];
        }

        return [.. signatures.Concat(orphans).OrderBy(span => span.Start)];
    }

    private static bool IsThaiMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    /// <summary>A Thai letter glued to a Windows-1252 punctuation mark (<c>โ€™</c> for ’): no Thai
    /// writer produces it, but UTF-8 punctuation read as Windows-874 does.</summary>
    private static List<TextSpan> ThaiSignature(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var match in ThaiSignaturePattern().EnumerateMatches(text))
        {
            spans.Add(Graphemes.Snap(text, match.Index, match.Length));
        }

        return spans;
    }

    private static List<TextSpan> Latin1Mojibake(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var match in Latin1Pattern().EnumerateMatches(text))
        {
            spans.Add(Graphemes.Snap(text, match.Index, match.Length));
        }

        return spans;
    }

    /// <summary>Every incompatible mix involves Cyrillic, Thai or kana; without them there is none.</summary>
    private static bool MayMixScripts(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAnyInRange('\u0400', '\u04FF') >= 0 || span.IndexOfAnyInRange('\u0E00', '\u0E7F') >= 0
            || span.IndexOfAnyInRange('\u3040', '\u30FF') >= 0;
    }

    private static List<TextSpan> MixedScriptWords(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var word in WordSpans.Of(text))
        {
            if (MixesScripts(text.AsSpan(word.Start, word.Length)))
            {
                spans.Add(Graphemes.Snap(text, word.Start, word.Length));
            }
        }

        return spans;
    }

    /// <summary>True when letters sit directly next to letters of a script no language joins them with.</summary>
    private static bool MixesScripts(ReadOnlySpan<char> word)
    {
        var previous = Script.None;
        foreach (var c in word)
        {
            var script = Scripts.Of(c);
            if (script == Script.None)
            {
                previous = Script.None;
                continue;
            }

            if (previous != Script.None && previous != script && Incompatible(previous, script))
            {
                return true;
            }

            previous = script;
        }

        return false;
    }

    private static bool Incompatible(Script a, Script b) =>
        a == Script.Thai || b == Script.Thai
        || (a, b) is (Script.Cyrillic, Script.Latin) or (Script.Latin, Script.Cyrillic)
        || (a, b) is (Script.Kana, Script.Hangul) or (Script.Hangul, Script.Kana);

    private static void Add(List<Finding> findings, bool isSource, Severity severity, string message, IReadOnlyList<TextSpan> spans) =>
        findings.Add(new Finding(CheckId, severity, message, isSource ? spans : [], isSource ? [] : spans));

    private static string Plural(int count, string noun) => count == 1 ? $"a {noun}" : $"{count} {noun}s";

    private static string Name(string language) => language.Length == 0 ? "non-Thai" : language;

    [GeneratedRegex(@"[\u0E00-\u0E7F][€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+")]
    private static partial Regex ThaiSignaturePattern();

    [GeneratedRegex(@"[ÂÃÄÅÆÇÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")]
    private static partial Regex Latin1Pattern();
}
