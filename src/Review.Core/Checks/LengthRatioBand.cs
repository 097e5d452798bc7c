namespace Review.Core.Checks;

/// <summary>
/// The range of target/source length ratios (non-space UTF-16 units) that is normal for a language
/// pair. <see cref="Default"/> gives hand-set bands; <see cref="LengthRatioCalibrator"/> derives one
/// from a corpus.
/// </summary>
public sealed record LengthRatioBand(double Min, double Max)
{
    /// <summary>A sane band when the corpus is too small to calibrate. English to Korean runs about
    /// 0.45 (measured on the sample corpus); Chinese and Japanese are denser still.</summary>
    public static LengthRatioBand Default(string sourceLang, string targetLang) =>
        (LanguageTags.Primary(sourceLang), LanguageTags.Primary(targetLang)) switch
        {
            ("en", "ko") => new(0.2, 1.0),
            ("en", "zh") => new(0.12, 0.8),
            ("en", "ja") => new(0.15, 0.95),
            ("ko" or "zh" or "ja", "en") => new(1.0, 6.0),
            _ => new(0.4, 2.5),
        };

    /// <summary>Length as the checks measure it: UTF-16 units that are not white space.</summary>
    public static int Measure(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
