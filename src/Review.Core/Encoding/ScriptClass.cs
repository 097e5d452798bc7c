namespace Review.Core.Encodings;

/// <summary>Coarse writing-system classes: enough to tell whether a guessed character fits its text.</summary>
internal enum ScriptClass
{
    Other,
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Thai,
    Hangul,
    Han,
    Kana,
    Punctuation,
    Symbol,
}
