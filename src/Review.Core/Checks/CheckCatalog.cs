namespace Review.Core.Checks;

/// <summary>Every check, in report order, built with the thresholds of a config.</summary>
public static class CheckCatalog
{
    public static readonly IReadOnlyList<string> Ids =
    [
        NumberCheck.CheckId, CitationCheck.CheckId, MathCheck.CheckId, MarkupCheck.CheckId, UrlCheck.CheckId,
        UntranslatedCheck.CheckId, LengthRatioCheck.CheckId, TruncationCheck.CheckId, WhitespaceCheck.CheckId,
        BracketCheck.CheckId, RepeatCheck.CheckId, EncodingCheck.CheckId, ControlCheck.CheckId,
    ];

    /// <summary>A runner of the checks <paramref name="config"/> enables. <paramref name="band"/> is
    /// the length-ratio band calibrated from the corpus (null: the language pair's default); the
    /// config's <c>min</c>/<c>max</c> override it.</summary>
    public static CheckRunner Create(CheckConfig? config = null, LengthRatioBand? band = null)
    {
        config ??= CheckConfig.Default;
        var checks = All(config, band).Where(c => config.IsEnabled(c.Id)).ToArray();
        return new CheckRunner(checks);
    }

    private static IEnumerable<ICheck> All(CheckConfig config, LengthRatioBand? band)
    {
        var ratio = config.Settings(LengthRatioCheck.CheckId).Numbers;
        var lengthRatio = new LengthRatioCheck(band, LengthRatioCheck.MinSourceLength(config),
            ratio.TryGetValue(LengthRatioCheck.MinKey, out var min) ? min : null,
            ratio.TryGetValue(LengthRatioCheck.MaxKey, out var max) ? max : null);
        yield return new NumberCheck();
        yield return new CitationCheck();
        yield return new MathCheck();
        yield return new MarkupCheck();
        yield return new UrlCheck();
        yield return new UntranslatedCheck(
            config.Number(UntranslatedCheck.CheckId, UntranslatedCheck.MinScriptShareKey, 0.2),
            (int)config.Number(UntranslatedCheck.CheckId, UntranslatedCheck.MinLettersKey, 12));
        yield return lengthRatio;
        yield return new TruncationCheck(lengthRatio,
            config.Number(TruncationCheck.CheckId, TruncationCheck.MaxRatioKey, 0.5),
            (int)config.Number(TruncationCheck.CheckId, TruncationCheck.MinSourceLengthKey, 40));
        yield return new WhitespaceCheck();
        yield return new BracketCheck();
        yield return new RepeatCheck((int)config.Number(RepeatCheck.CheckId, RepeatCheck.MaxPhraseWordsKey, 4));
        yield return new EncodingCheck();
        yield return new ControlCheck();
    }
}
