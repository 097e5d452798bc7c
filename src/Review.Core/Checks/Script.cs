namespace Review.Core.Checks;

/// <summary>The writing systems the checks tell apart.</summary>
public enum Script : byte
{
    None,
    Latin,
    Hangul,
    Han,
    Kana,
    Thai,
    Cyrillic,
    Greek,
    Other,
}
