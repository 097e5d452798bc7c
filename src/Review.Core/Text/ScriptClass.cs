namespace Review.Core.Text;

/// <summary>The classes of grapheme that decide where tokens break.</summary>
internal enum ScriptClass
{
    Whitespace,
    Punctuation,

    /// <summary>Scripts written without spaces between words: Hangul, CJK ideographs, kana, bopomofo.</summary>
    Dense,

    /// <summary>Letters, digits and marks of scripts that separate words with spaces.</summary>
    Spaced,
}
