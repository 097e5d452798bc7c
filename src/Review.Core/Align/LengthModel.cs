using Review.Core.Checks;

namespace Review.Core.Align;

/// <summary>
/// The length model of Gale and Church (1993), "A Program for Aligning Sentences in Bilingual
/// Corpora", Computational Linguistics 19(1), on characters (non-space UTF-16 units): a source text
/// of length <c>ls</c> translates into <c>lt</c> characters with <c>lt − c·ls</c> normally distributed
/// with variance <c>s²·ls</c>. A bead (a group of sentences on each side) costs
/// <c>−log P(kind) − log 2(1 − Φ(|δ|))</c>, where <c>δ = (lt − c·ls) / √(s²·m)</c> and <c>m</c> is the
/// mean length <c>(ls + lt/c)/2</c> (as in their program, so an empty side still has a variance).
/// <see cref="Ratio"/> is <c>c</c> and <see cref="Variance"/> is <c>s²</c>, calibrated per language
/// pair by <see cref="LengthModelCalibrator"/>.
/// </summary>
public sealed record LengthModel(double Ratio, double Variance)
{
    /// <summary>Hand-set models for a corpus too small to calibrate, measured on real translations
    /// (the gettext catalogs of a Debian system: en-ko c≈0.56, en-zh c≈0.41, s²≈0.7).</summary>
    public static LengthModel Default(string sourceLang, string targetLang) =>
        (LanguageTags.Primary(sourceLang), LanguageTags.Primary(targetLang)) switch
        {
            ("en", "ko") => new(0.55, 1.0),
            ("en", "zh") => new(0.4, 1.0),
            ("en", "ja") => new(0.5, 1.0),
            ("ko", "en") => new(1.8, 1.8),
            ("zh", "en") => new(2.5, 2.5),
            ("ja", "en") => new(2.0, 2.0),
            _ => new(1.0, 1.5),
        };

    /// <summary><c>−log 2(1 − Φ(|δ|))</c> for a source of <paramref name="sourceLength"/> and a target of
    /// <paramref name="targetLength"/> characters; 0 for a perfect match.</summary>
    public double Cost(int sourceLength, int targetLength)
    {
        if (sourceLength == 0 && targetLength == 0)
        {
            return 0;
        }
        var mean = Math.Max((sourceLength + targetLength / Ratio) / 2, 1);
        var delta = Math.Abs(targetLength - Ratio * sourceLength) / Math.Sqrt(Variance * mean);
        return -LogErfc(delta / Math.Sqrt(2));
    }

    /// <summary>log erfc(x) for x ≥ 0 by the Chebyshev fit of Numerical Recipes (erfcc, relative error
    /// below 1.2e-7), taken in log space so a far tail never rounds to log 0.</summary>
    private static double LogErfc(double x)
    {
        var t = 1 / (1 + 0.5 * x);
        var poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807
            + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.Log(t) - x * x + poly;
    }
}
