namespace Review.Core.Checks;

/// <summary>Which script a letter belongs to, by code point range; cheap enough for every character.</summary>
public static class Scripts
{
    public static Script Of(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? Script.Latin : Script.None;
        }

        return c switch
        {
            >= '\u00C0' and <= '\u024F' when c != '\u00D7' && c != '\u00F7' => Script.Latin,
            >= '\u0370' and <= '\u03FF' => Script.Greek,
            >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
            >= '\u0E00' and <= '\u0E7F' => Script.Thai,
            >= '\u1100' and <= '\u11FF' => Script.Hangul,
            >= '\u3040' and <= '\u30FF' => Script.Kana,
            >= '\u3130' and <= '\u318F' => Script.Hangul,
            >= '\u3400' and <= '\u4DBF' => Script.Han,
            >= '\u4E00' and <= '\u9FFF' => Script.Han,
            >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
            >= '\uF900' and <= '\uFAFF' => Script.Han,
            >= '\uFF66' and <= '\uFF9F' => Script.Kana,
            >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => Script.Latin,
            _ => char.IsLetter(c) ? Script.Other : Script.None,
        };
    }

    /// <summary>The native scripts of a language as a bit mask (Hangul and Han for Korean, Han for
    /// Chinese, Han and kana for Japanese), for loops that test every character.</summary>
    public static int NativeMask(string language) => language switch
    {
        "ko" => Bit(Script.Hangul) | Bit(Script.Han),
        "zh" => Bit(Script.Han),
        "ja" => Bit(Script.Han) | Bit(Script.Kana),
        "th" => Bit(Script.Thai),
        "ru" or "uk" or "bg" or "sr" => Bit(Script.Cyrillic),
        "el" => Bit(Script.Greek),
        _ => Bit(Script.Latin),
    };

    public static bool IsIn(Script script, int mask) => (mask & Bit(script)) != 0;

    private static int Bit(Script script) => 1 << (int)script;

    /// <summary>True for languages whose native script the untranslated check can tell from English.</summary>
    public static bool HasDistinctScript(string language) =>
        language is "ko" or "zh" or "ja" or "th" or "ru" or "uk" or "bg" or "sr" or "el";
}
