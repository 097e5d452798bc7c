using System.Globalization;

namespace Review.Core.Checks;

/// <summary>
/// <c>length-ratio</c>: the target is far longer or shorter than the language pair's band allows.
/// Pairs with a short source are skipped: a ratio of two words says nothing. A target identical to
/// its source is the untranslated check's finding, not a length problem.
/// </summary>
public sealed class LengthRatioCheck(LengthRatioBand? band = null, int minSourceLength = 20, double? minOverride = null, double? maxOverride = null) : ICheck
{
    public const string CheckId = "length-ratio";
    public const string MinKey = "min";
    public const string MaxKey = "max";
    public const string MinSourceLengthKey = "min_source_length";

    /// <summary>The configured shortest source (non-space characters) a ratio is judged on; calibration skips shorter ones too.</summary>
    public static int MinSourceLength(CheckConfig config) => (int)config.Number(CheckId, MinSourceLengthKey, 20);

    // A calibrated band is the same for every pair, so it is combined with the overrides once.
    private readonly LengthRatioBand? _fixedBand = band is null ? null : new LengthRatioBand(minOverride ?? band.Min, maxOverride ?? band.Max);

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var sourceLength = input.SourceLength;
        if (sourceLength < minSourceLength || ReferenceEquals(input.Source, input.Target) || input.Source == input.Target)
        {
            return;
        }

        var (min, max) = Band(input);
        var ratio = (double)input.TargetLength / sourceLength;
        if (ratio >= min && ratio <= max)
        {
            return;
        }

        var side = ratio < min ? "short" : "long";
        var message = string.Format(CultureInfo.InvariantCulture,
            "target is too {0}: {1:0.00}× the source length, expected {2:0.00}–{3:0.00} for {4}→{5}",
            side, ratio, min, max, input.SourceLang, input.TargetLang);
        findings.Add(new Finding(CheckId, Severity.Warning, message, [], []));
    }

    /// <summary>The band for this pair: calibrated or default, with the config's min/max on top.</summary>
    public LengthRatioBand Band(CheckInput input)
    {
        if (_fixedBand is not null)
        {
            return _fixedBand;
        }

        var (min, max) = LengthRatioBand.Default(input.SourceLang, input.TargetLang);
        return new LengthRatioBand(minOverride ?? min, maxOverride ?? max);
    }
}
