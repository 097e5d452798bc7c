namespace Review.Core.Checks;

/// <summary>
/// <c>untranslated</c>: the target is still in the source language: identical to a source that
/// has words to translate, or, for a target language with its own script, with almost none of that
/// script among its letters and most of them in the source's script (math, URLs and code do not
/// count). Requiring the source's script keeps mojibake, which has neither, out of this check.
/// </summary>
public sealed class UntranslatedCheck(double minScriptShare = 0.2, int minLetters = 12) : ICheck
{
    public const string CheckId = "untranslated";
    public const string MinScriptShareKey = "min_script_share";
    public const string MinLettersKey = "min_letters";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var sourceLetters = CountLetters(input.SourceProfile, input.TargetLang, input.SourceLang).Letters;
        if (sourceLetters < minLetters)
        {
            return;
        }

        var whole = new[] { new TextSpan(0, input.Target.Length) };
        if (input.Source.AsSpan().Trim().SequenceEqual(input.Target.AsSpan().Trim()))
        {
            findings.Add(new Finding(CheckId, Severity.Error, "target is identical to source", [new TextSpan(0, input.Source.Length)], whole));
            return;
        }

        if (!Scripts.HasDistinctScript(input.TargetLang) || input.TargetLang == input.SourceLang)
        {
            return;
        }

        var (letters, native, foreign) = CountLetters(input.TargetProfile, input.TargetLang, input.SourceLang);
        if (letters >= minLetters && native < minScriptShare * letters && foreign >= letters / 2)
        {
            var share = (int)Math.Round(100.0 * native / letters);
            findings.Add(new Finding(CheckId, Severity.Error,
                $"target looks untranslated: only {share}% of its letters are in the {input.TargetLang} script", [], whole));
        }
    }

    private static (int Letters, int Native, int Foreign) CountLetters(TextProfile profile, string language, string sourceLanguage)
    {
        int letters = 0, native = 0, foreign = 0;
        var text = profile.Text;
        var hasInert = profile.Math.Count + profile.Urls.Count + profile.Code.Count > 0;
        for (var i = 0; i < text.Length; i++)
        {
            var script = Scripts.Of(text[i]);
            if (script == Script.None || (hasInert && profile.IsInert(i)))
            {
                continue;
            }

            letters++;
            if (Scripts.IsNative(script, language))
            {
                native++;
            }
            else if (Scripts.IsNative(script, sourceLanguage) && (text[i] < 0x80 || sourceLanguage != "en"))
            {
                // English is written in ASCII; accented Latin letters in a Korean target are mojibake.
                foreign++;
            }
        }

        return (letters, native, foreign);
    }
}
