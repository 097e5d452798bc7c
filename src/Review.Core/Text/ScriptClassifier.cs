using System.Buffers;
using System.Globalization;
using System.Text;

namespace Review.Core.Text;

internal static class ScriptClassifier
{
    /// <summary>Classifies a grapheme by its first scalar value, which carries its script.</summary>
    public static ScriptClass Classify(ReadOnlySpan<char> grapheme)
    {
        if (grapheme.Length == 1 && grapheme[0] < 0x80)
        {
            return ClassifyAscii(grapheme[0]);
        }
        if (grapheme.Length == 1 && grapheme[0] is >= '\uAC00' and <= '\uD7A3')
        {
            return ScriptClass.Dense;
        }
        if (Rune.DecodeFromUtf16(grapheme, out var rune, out _) != OperationStatus.Done)
        {
            return ScriptClass.Punctuation;
        }
        if (Rune.IsWhiteSpace(rune))
        {
            return ScriptClass.Whitespace;
        }
        if (IsDense(rune.Value))
        {
            return ScriptClass.Dense;
        }
        return IsWordPart(Rune.GetUnicodeCategory(rune)) ? ScriptClass.Spaced : ScriptClass.Punctuation;
    }

    private static ScriptClass ClassifyAscii(char c) =>
        char.IsAsciiLetterOrDigit(c) ? ScriptClass.Spaced
        : c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' ? ScriptClass.Whitespace
        : ScriptClass.Punctuation;

    private static bool IsWordPart(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    private static bool IsDense(int v) =>
        v is >= 0x1100 and <= 0x11FF          // Hangul Jamo
        or >= 0x2E80 and <= 0x2FDF            // CJK and Kangxi radicals
        or >= 0x3005 and <= 0x3007            // 々 〆 〇
        or >= 0x3040 and <= 0x30FF            // Hiragana, Katakana
        or >= 0x3100 and <= 0x318F            // Bopomofo, Hangul compatibility Jamo
        or >= 0x31A0 and <= 0x31FF            // Bopomofo extended, Katakana phonetic extensions
        or >= 0x3400 and <= 0x4DBF            // CJK extension A
        or >= 0x4E00 and <= 0x9FFF            // CJK unified ideographs
        or >= 0xA960 and <= 0xA97F            // Hangul Jamo extended A
        or >= 0xAC00 and <= 0xD7FF            // Hangul syllables, Jamo extended B
        or >= 0xF900 and <= 0xFAFF            // CJK compatibility ideographs
        or >= 0xFF66 and <= 0xFFDC            // halfwidth Katakana and Hangul
        or >= 0x1B000 and <= 0x1B16F          // Kana supplement and extended
        or >= 0x20000 and <= 0x3FFFF;         // CJK extensions B onward
}
