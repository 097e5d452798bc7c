namespace Review.Core.Checks;

/// <summary>Every check, in report order, built with the thresholds of a config.</summary>
public static class CheckCatalog
{
    public static readonly IReadOnlyList<string> Ids =
    [
        PlaceholderCheck.CheckId, NumberCheck.CheckId, CitationCheck.CheckId, MathCheck.CheckId, MarkupCheck.CheckId, UrlCheck.CheckId,
        UntranslatedCheck.CheckId, LengthRatioCheck.CheckId, TruncationCheck.CheckId, WhitespaceCheck.CheckId,
        BracketCheck.CheckId, RepeatCheck.CheckId, EncodingCheck.CheckId, ControlCheck.CheckId,
        AcceleratorCheck.CheckId, EndPunctuationCheck.CheckId,
    ];

    /// <summary>A runner of the checks <paramref name="config"/> enables. <paramref name="band"/> is
    /// the length-ratio band calibrated from the corpus (null: the language pair's default); the
    /// config's <c>min</c>/<c>max</c> override it.</summary>
    public static CheckRunner Create(CheckConfig? config = null, LengthRatioBand? band = null) =>
        Create(config, CorpusProfile.Default with { Band = band, Kind = config?.Kind ?? TextKind.Prose });

    /// <summary>A runner of the checks <paramref name="config"/> enables, with the thresholds of the
    /// profile's kind of text and what was learned from the corpus. Software strings get the
    /// end-punctuation check in place of truncation's punctuation sign, untranslated asks for prose
    /// words in the source, control compares line breaks at the ends only, and repeat leaves
    /// multi-line help text alone.</summary>
    public static CheckRunner Create(CheckConfig? config, CorpusProfile profile)
    {
        config ??= CheckConfig.Default;
        var checks = All(config, profile).Where(c => config.IsEnabled(c.Id)).ToArray();
        return new CheckRunner(checks);
    }

    private static IEnumerable<ICheck> All(CheckConfig config, CorpusProfile profile)
    {
        var band = profile.Band;
        var software = profile.Kind == TextKind.Software;
        var ratio = config.Settings(LengthRatioCheck.CheckId).Numbers;
        var lengthRatio = new LengthRatioCheck(band, LengthRatioCheck.MinSourceLength(config),
            ratio.TryGetValue(LengthRatioCheck.MinKey, out var min) ? min : null,
            ratio.TryGetValue(LengthRatioCheck.MaxKey, out var max) ? max : null);
        yield return new PlaceholderCheck();
        yield return new NumberCheck();
        yield return new CitationCheck();
        yield return new MathCheck();
        yield return new MarkupCheck(emphasis: !software);
        yield return new UrlCheck();
        yield return new UntranslatedCheck(
            config.Number(UntranslatedCheck.CheckId, UntranslatedCheck.MinScriptShareKey, software ? 0.001 : 0.2),
            (int)config.Number(UntranslatedCheck.CheckId, UntranslatedCheck.MinLettersKey, 12),
            (int)config.Number(UntranslatedCheck.CheckId, UntranslatedCheck.MinProseWordsKey, software ? 4 : 0));
        yield return lengthRatio;
        yield return new TruncationCheck(lengthRatio,
            config.Number(TruncationCheck.CheckId, TruncationCheck.MaxRatioKey, 0.5),
            (int)config.Number(TruncationCheck.CheckId, TruncationCheck.MinSourceLengthKey, 40), endPunctuation: !software);
        yield return new WhitespaceCheck();
        yield return new BracketCheck();
        yield return new RepeatCheck((int)config.Number(RepeatCheck.CheckId, RepeatCheck.MaxPhraseWordsKey, 4), multiLine: !software);
        yield return new EncodingCheck();
        yield return new ControlCheck(software);
        yield return new AcceleratorCheck(profile.AcceleratorMarker);
        if (software)
        {
            yield return new EndPunctuationCheck(profile.EndMarkKeepRates,
                config.Number(EndPunctuationCheck.CheckId, EndPunctuationCheck.MinKeepRateKey, 0.8));
        }
    }
}
