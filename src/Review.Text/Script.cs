namespace Review.Text;

/// <summary>The writing systems review tells apart.</summary>
public enum Script : byte
{
    None,
    Latin,
    Hangul,
    Han,
    Kana,
    Bopomofo,
    Thai,
    Cyrillic,
    Greek,
    Hebrew,
    Arabic,
    Other,
}
