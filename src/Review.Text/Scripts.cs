using System.Text;

namespace Review.Text;

/// <summary>
/// Which script a letter belongs to, by code point range: the one table the checks, the tokenizer
/// and the encoding repair share. Cheap enough for every character.
/// </summary>
/// <remarks>
/// The ranges follow Unicode's Scripts.txt at block granularity. Hangul syllables end at U+D7A3 (the
/// last assigned syllable; U+D7A4–U+D7AF are unassigned), and Hangul Jamo Extended-B
/// (U+D7B0–U+D7FF) is Hangul too. Cyrillic runs to U+052F, because the Cyrillic Supplement block
/// (U+0500–U+052F) is Cyrillic script. ScriptsTests pins each of these edges.
/// </remarks>
public static class Scripts
{
    public static Script Of(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? Script.Latin : Script.None;
        }

        return char.IsSurrogate(c) ? Script.None : Of((int)c);
    }

    public static Script Of(Rune rune) => rune.Value < 0x80 ? Of((char)rune.Value) : Of(rune.Value);

    private static Script Of(int v) => v switch
    {
        >= 0x00C0 and <= 0x024F when v != 0xD7 && v != 0xF7 => Script.Latin,
        >= 0x0370 and <= 0x03FF or >= 0x1F00 and <= 0x1FFF => Script.Greek,
        >= 0x0400 and <= 0x052F => Script.Cyrillic,
        >= 0x0590 and <= 0x05FF => Script.Hebrew,
        >= 0x0600 and <= 0x06FF => Script.Arabic,
        >= 0x0E00 and <= 0x0E7F => Script.Thai,
        >= 0x1100 and <= 0x11FF => Script.Hangul,
        >= 0x1E00 and <= 0x1EFF => Script.Latin,
        >= 0x2E80 and <= 0x2FDF or >= 0x3005 and <= 0x3007 => Script.Han,
        >= 0x3040 and <= 0x30FF or >= 0x31F0 and <= 0x31FF => Script.Kana,
        >= 0x3100 and <= 0x312F or >= 0x31A0 and <= 0x31BF => Script.Bopomofo,
        >= 0x3130 and <= 0x318F => Script.Hangul,
        >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF => Script.Han,
        >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7A3 or >= 0xD7B0 and <= 0xD7FF => Script.Hangul,
        >= 0xF900 and <= 0xFAFF => Script.Han,
        >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A => Script.Latin,
        >= 0xFF66 and <= 0xFF9F => Script.Kana,
        >= 0xFFA0 and <= 0xFFDC => Script.Hangul,
        >= 0x1B000 and <= 0x1B16F => Script.Kana,
        >= 0x20000 and <= 0x3FFFF => Script.Han,
        _ => IsLetter(v) ? Script.Other : Script.None,
    };

    /// <summary>Scripts written without spaces between words, which the diff splits per character.</summary>
    public static bool IsDense(Script script) => script is Script.Hangul or Script.Han or Script.Kana or Script.Bopomofo;

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

    /// <summary>True for languages whose native script the untranslated check can tell from English.</summary>
    public static bool HasDistinctScript(string language) =>
        language is "ko" or "zh" or "ja" or "th" or "ru" or "uk" or "bg" or "sr" or "el";

    private static int Bit(Script script) => 1 << (int)script;

    private static bool IsLetter(int v) => Rune.IsValid(v) && Rune.IsLetter(new Rune(v));
}
