using System.Globalization;
using System.Text;

namespace Review.Core.Encodings;

internal static class ScriptClassifier
{
    public static ScriptClass Classify(Rune rune)
    {
        var v = rune.Value;
        if (v < 0x80)
        {
            // An ASCII guess is never a garbled letter: only its symbols tell a scorer anything.
            return ClassifyByCategory(rune);
        }
        return Scripts.Of(rune) switch
        {
            Script.Hangul => ScriptClass.Hangul,
            Script.Han => ScriptClass.Han,
            Script.Kana => ScriptClass.Kana,
            Script.Latin => ScriptClass.Latin,
            Script.Greek => ScriptClass.Greek,
            Script.Cyrillic => ScriptClass.Cyrillic,
            Script.Hebrew => ScriptClass.Hebrew,
            Script.Arabic => ScriptClass.Arabic,
            Script.Thai => ScriptClass.Thai,
            _ when v is >= 0x00A0 and <= 0x00BF or >= 0x2000 and <= 0x206F or >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFF65 => ScriptClass.Punctuation,
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
