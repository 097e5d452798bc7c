using System.Text;

namespace Review.Text;

/// <summary>
/// Which script a body of text is written in, judged from its letters, and which script a language
/// tag promises: the import compares the two so that Chinese text labelled Korean is not checked as
/// Korean.
/// </summary>
/// <remarks>
/// Software targets keep many Latin letters (option names, commands, untranslated terms), so the
/// native script is looked for among the non-Latin letters only, and only when they are at least a
/// fifth of all letters. Korean may carry Han (hanja) and Japanese always mixes Han with kana, so a
/// fifth of Hangul makes a text Korean and a twentieth of kana makes it Japanese before Han decides.
/// </remarks>
public static class WritingScripts
{
    /// <summary>Below this many letters a text says nothing about its script.</summary>
    public const int MinLetters = 40;

    private const double MinNativeShare = 0.2;
    private const double MinHangulShare = 0.2;
    private const double MinKanaShare = 0.05;

    /// <summary>
    /// The script the texts are written in: <see cref="Script.None"/> when they have too few letters,
    /// <see cref="Script.Latin"/> when other scripts are under a fifth of the letters, else the
    /// dominant non-Latin script (<see cref="Script.Other"/> for one the table does not name).
    /// </summary>
    public static Script Dominant(IEnumerable<string> texts)
    {
        Span<int> counts = stackalloc int[(int)Script.Other + 1];
        foreach (var text in texts)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                counts[(int)Scripts.Of(rune)]++;
            }
        }
        var latin = counts[(int)Script.Latin];
        var native = 0;
        for (var s = (int)Script.Hangul; s <= (int)Script.Other; s++)
        {
            native += counts[s];
        }
        if (latin + native < MinLetters)
        {
            return Script.None;
        }
        if (native < MinNativeShare * (latin + native))
        {
            return Script.Latin;
        }
        if (counts[(int)Script.Hangul] >= MinHangulShare * native)
        {
            return Script.Hangul;
        }
        if (counts[(int)Script.Kana] >= MinKanaShare * native)
        {
            return Script.Kana;
        }
        var best = Script.Han;
        for (var s = Script.Han; s <= Script.Other; s++)
        {
            if (counts[(int)s] > counts[(int)best])
            {
                best = s;
            }
        }
        return best;
    }

    /// <summary>
    /// The script a language (primary subtag) is written in, as <see cref="Dominant"/> names it (kana for
    /// Japanese); null for a language this table does not know, which is then never judged.
    /// </summary>
    public static Script? Of(string language) => language switch
    {
        "ko" => Script.Hangul,
        "zh" => Script.Han,
        "ja" => Script.Kana,
        "th" => Script.Thai,
        "el" => Script.Greek,
        "ru" or "uk" or "bg" or "be" or "mk" => Script.Cyrillic,
        "he" or "yi" => Script.Hebrew,
        "ar" or "fa" or "ur" => Script.Arabic,
        "en" or "fr" or "de" or "es" or "it" or "pt" or "nl" or "sv" or "da" or "nb" or "nn" or "no" or "fi"
            or "pl" or "cs" or "sk" or "hu" or "ro" or "tr" or "id" or "ms" or "vi" or "ca" or "hr" or "sl"
            or "et" or "lv" or "lt" or "eo" => Script.Latin,
        _ => null,
    };

    /// <summary>The one language a script points to (Han: Chinese), or null when several share it.</summary>
    public static string? LanguageOf(Script script) => script switch
    {
        Script.Hangul => "ko",
        Script.Han => "zh",
        Script.Kana => "ja",
        Script.Thai => "th",
        Script.Greek => "el",
        Script.Hebrew => "he",
        _ => null,
    };

    /// <summary>The script's name in messages.</summary>
    public static string Name(Script script) => script switch
    {
        Script.Han => "Han (Chinese)",
        Script.Kana => "Japanese kana",
        _ => script.ToString(),
    };
}
