using Review.Core.Checks;
using Review.Core.Encodings;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// Keeps a pair's stored findings about its final text: the checks run again on it (with the
/// settings next to the database), and the encoding repair's findings stay only while the text is
/// the repaired target, since an edit leaves the guesses behind.
/// </summary>
internal sealed class FindingRefresh(IReviewStore store, CheckConfig? config)
{
    /// <summary>As many pairs as the import's first chunk, on which it calibrated the band.</summary>
    private const int CalibrationSample = 1024;

    private readonly Dictionary<(string, string), CheckRunner> _runners = [];

    public void Refresh(PairId id)
    {
        if (store.GetPair(id) is not { } pair)
        {
            return;
        }
        var text = store.FinalTarget(id);
        var found = RunnerFor(pair).Run(pair.Source, text, pair.SourceLang, pair.TargetLang).Findings;
        store.ReplaceFindings(id, [.. EncodingFindings.ForStored(pair, text), .. found]);
    }

    private CheckRunner RunnerFor(Pair pair)
    {
        var languages = (pair.SourceLang, pair.TargetLang);
        if (!_runners.TryGetValue(languages, out var runner))
        {
            var settings = config ?? CheckConfig.ForDatabase(store.Location, null);
            runner = CheckCatalog.Create(settings, Band(pair, settings));
            _runners[languages] = runner;
        }
        return runner;
    }

    /// <summary>
    /// The length-ratio band calibrated on the corpus's first pairs in this language pair, as the
    /// import calibrated it, so an edit is judged by the band its pair was imported with rather
    /// than by the hand-set default.
    /// </summary>
    private LengthRatioBand Band(Pair pair, CheckConfig settings)
    {
        var calibrator = new LengthRatioCalibrator(LengthRatioCheck.MinSourceLength(settings));
        foreach (var sample in store.Page(0, CalibrationSample))
        {
            if (sample.SourceLang == pair.SourceLang && sample.TargetLang == pair.TargetLang)
            {
                calibrator.Add(sample.Source, sample.Target);
            }
        }
        return calibrator.Band(LengthRatioBand.Default(pair.SourceLang, pair.TargetLang));
    }
}
