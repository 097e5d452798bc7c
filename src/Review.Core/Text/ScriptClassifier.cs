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
        if (Scripts.IsDense(Scripts.Of(rune)))
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
}
