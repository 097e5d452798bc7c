namespace Review.Core.Checks;

/// <summary>
/// <c>untranslated</c>: the target is still in the source language: identical to a source that
/// has words to translate, or, for a target language with its own script, with almost none of that
/// script among its letters and most of them in the source's script (math, URLs and code do not
/// count). Requiring the source's script keeps mojibake, which has neither, out of this check.
/// With <paramref name="minProseWords"/> (software strings) the source must also hold that many
/// lower-case English words: a command synopsis, a name or a key is rightly left as it is.
/// </summary>
public sealed class UntranslatedCheck(double minScriptShare = 0.2, int minLetters = 12, int minProseWords = 0) : ICheck
{
    public const string CheckId = "untranslated";
    public const string MinScriptShareKey = "min_script_share";
    public const string MinLettersKey = "min_letters";
    public const string MinProseWordsKey = "min_prose_words";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var sourceLetters = CountLetters(input.SourceProfile, input.TargetLang, input.SourceLang, stopAt: minLetters).Letters;
        if (sourceLetters < minLetters || (minProseWords > 0 && ProseWords(input.Source) < minProseWords))
        {
            return;
        }

        if (input.Source.AsSpan().Trim().SequenceEqual(input.Target.AsSpan().Trim()))
        {
            findings.Add(new Finding(CheckId, Severity.Error, "target is identical to source", [new TextSpan(0, input.Source.Length)], [new TextSpan(0, input.Target.Length)]));
            return;
        }

        if (!Scripts.HasDistinctScript(input.TargetLang) || input.TargetLang == input.SourceLang)
        {
            return;
        }

        var (letters, native, foreign) = CountLetters(input.TargetProfile, input.TargetLang, input.SourceLang, nativeShare: minScriptShare);
        if (letters >= minLetters && native < minScriptShare * letters && foreign >= letters / 2)
        {
            var share = (int)Math.Round(100.0 * native / letters);
            findings.Add(new Finding(CheckId, Severity.Error,
                $"target looks untranslated: only {share}% of its letters are in the {input.TargetLang} script", [], [new TextSpan(0, input.Target.Length)]));
        }
    }

    /// <summary>Words of two or more lower-case ASCII letters, outside <c>[...]</c> and
    /// <c>&lt;...&gt;</c> of a synopsis and not options (<c>--quiet</c>).</summary>
    private static int ProseWords(string text)
    {
        var count = 0;
        var depth = 0;
        foreach (var word in text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            depth += word.Count(c => c is '[' or '<') - word.Count(c => c is ']' or '>');
            var bare = word.TrimEnd(',', '.', ':', ';', '?', '!');
            if (depth <= 0 && bare.Length >= 2 && bare.All(char.IsAsciiLetterLower))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts letters until <paramref name="stopAt"/>; with <paramref name="nativeShare"/>,
    /// stops once the native letters are that share of all the letters the text could still have,
    /// since then the target cannot be untranslated (a Korean target decides in its first third).</summary>
    private static (int Letters, int Native, int Foreign) CountLetters(TextProfile profile, string language, string sourceLanguage,
        int stopAt = int.MaxValue, double nativeShare = double.PositiveInfinity)
    {
        int letters = 0, native = 0, foreign = 0;
        var text = profile.Text;
        var nativeMask = Scripts.NativeMask(language);
        var sourceMask = Scripts.NativeMask(sourceLanguage);
        var englishSource = sourceLanguage == "en";
        var nextInert = profile.HasInert ? profile.NextInertStart(0) : int.MaxValue;
        for (var i = 0; i < text.Length && letters < stopAt; i++)
        {
            if (native >= nativeShare * (letters + text.Length - i))
            {
                break;
            }

            if (i >= nextInert)
            {
                i = profile.SkipInert(i) - 1;
                nextInert = profile.NextInertStart(i + 1);
                continue;
            }

            var script = Scripts.Of(text[i]);
            if (script == Script.None)
            {
                continue;
            }

            letters++;
            if (Scripts.IsIn(script, nativeMask))
            {
                native++;
            }
            else if (Scripts.IsIn(script, sourceMask) && (text[i] < 0x80 || !englishSource))
            {
                // English is written in ASCII; accented Latin letters in a Korean target are mojibake.
                foreign++;
            }
        }

        return (letters, native, foreign);
    }
}
