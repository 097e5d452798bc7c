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
    public static int Measure(string text) => Measure(text, knownPlain: false);

    /// <summary><see cref="Measure(string)"/> of a text already known to hold no white space but U+0020
    /// when <paramref name="knownPlain"/> (see <see cref="TextProfile.IsPlain"/>).</summary>
    public static int Measure(string text, bool knownPlain)
    {
        // Plain spaces are counted vectorised; the rarer white space characters are found by jumping.
        var span = text.AsSpan();
        var count = span.Length - span.Count(' ');
        if (knownPlain || WordSpans.HasOnlyPlainSpaces(span))
        {
            return count;
        }

        var at = span.IndexOfAny(OtherWhiteSpace);
        while (at >= 0)
        {
            count--;
            var next = span[(at + 1)..].IndexOfAny(OtherWhiteSpace);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return count;
    }

    private static readonly System.Buffers.SearchValues<char> OtherWhiteSpace = System.Buffers.SearchValues.Create(
        "\t\n\u000B\u000C\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");
}
