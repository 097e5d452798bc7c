using System.Globalization;
using System.Text;

namespace Review.Core.Encodings;

internal static class ScriptClassifier
{
    public static ScriptClass Classify(Rune rune)
    {
        var v = rune.Value;
        return v switch
        {
            >= 0xAC00 and <= 0xD7A3 or >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F => ScriptClass.Hangul,
            >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FFFF => ScriptClass.Han,
            >= 0x3040 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9F => ScriptClass.Kana,
            >= 0x00C0 and <= 0x024F or >= 0x1E00 and <= 0x1EFF => ScriptClass.Latin,
            >= 0x0370 and <= 0x03FF => ScriptClass.Greek,
            >= 0x0400 and <= 0x052F => ScriptClass.Cyrillic,
            >= 0x0590 and <= 0x05FF => ScriptClass.Hebrew,
            >= 0x0600 and <= 0x06FF => ScriptClass.Arabic,
            >= 0x0E00 and <= 0x0E7F => ScriptClass.Thai,
            >= 0x00A0 and <= 0x00BF or >= 0x2000 and <= 0x206F or >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFF65 => ScriptClass.Punctuation,
            _ => ClassifyByCategory(rune),
        };
    }

    /// <summary>Characters that no guess should ever produce: controls, format marks, private use, unassigned.</summary>
    public static bool IsGuessable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };

    private static ScriptClass ClassifyByCategory(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherSymbol
            or UnicodeCategory.ModifierSymbol => ScriptClass.Symbol,
        _ => ScriptClass.Other,
    };
}
