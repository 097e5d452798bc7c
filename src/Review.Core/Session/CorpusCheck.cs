using Review.Core.Checks;
using Review.Core.Encodings;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// Re-runs the enabled checks over a whole database and stores what they find. Pairs are read in
/// keyset pages (memory stays bounded), each page is checked in parallel over the cores, and only
/// pairs whose findings changed are written. A <see cref="CorpusProfile"/> (kind of text, length
/// band, accelerator marker, end-mark rates) is first learned per language pair from the database
/// itself.
/// </summary>
public sealed class CorpusCheck(IReviewStore store, CheckConfig config, int pageSize = 2000)
{
    private readonly Dictionary<(string, string), CheckRunner> _runners = [];

    /// <summary>Checks every pair in corpus order; <paramref name="onPair"/> sees each pair with its
    /// result, on the calling thread, in corpus order.</summary>
    public CheckSummary Run(Action<Pair, CheckResult>? onPair = null, CancellationToken cancel = default)
    {
        var bands = Calibrate(cancel);
        long pairs = 0, withFindings = 0, updated = 0;
        var counts = new Dictionary<(string, Severity), long>();
        foreach (var page in Pages(cancel))
        {
            var results = new CheckResult[page.Count];
            var pageRunners = page.Select(p => RunnerFor(p, bands)).ToArray();
            Parallel.For(0, page.Count, new ParallelOptions { CancellationToken = cancel },
                i => results[i] = pageRunners[i].Run(page[i].Source, page[i].Target, page[i].SourceLang, page[i].TargetLang));
            var changed = new List<KeyValuePair<PairId, IReadOnlyList<Finding>>>();
            for (var i = 0; i < page.Count; i++)
            {
                pairs++;
                IReadOnlyList<Finding> findings = [.. EncodingFindings.ForStored(page[i], page[i].Target), .. results[i].Findings];
                withFindings += findings.Count > 0 ? 1 : 0;
                foreach (var finding in findings)
                {
                    counts[(finding.CheckId, finding.Severity)] = counts.GetValueOrDefault((finding.CheckId, finding.Severity)) + 1;
                }

                if (!FindingComparer.Same(store.Findings(page[i].Id), findings))
                {
                    changed.Add(KeyValuePair.Create(page[i].Id, findings));
                }

                onPair?.Invoke(page[i], results[i]);
            }

            // One transaction per page: a transaction per pair would be one fsync per pair.
            if (changed.Count > 0)
            {
                store.ReplaceFindings(changed);
                updated += changed.Count;
            }
        }

        return new CheckSummary(pairs, withFindings, updated, counts);
    }

    private Dictionary<(string, string), CorpusProfile> Calibrate(CancellationToken cancel)
    {
        var minSource = LengthRatioCheck.MinSourceLength(config);
        var calibrators = new Dictionary<(string, string), CorpusCalibrator>();
        foreach (var page in Pages(cancel))
        {
            foreach (var pair in page)
            {
                var key = LanguagePair(pair);
                if (!calibrators.TryGetValue(key, out var calibrator))
                {
                    calibrator = new CorpusCalibrator(minSource);
                    calibrators[key] = calibrator;
                }

                calibrator.Add(pair.Source, pair.Target);
            }
        }

        return calibrators.ToDictionary(c => c.Key, c => c.Value.Profile(LengthRatioBand.Default(c.Key.Item1, c.Key.Item2), config.Kind));
    }

    private CheckRunner RunnerFor(Pair pair, Dictionary<(string, string), CorpusProfile> profiles)
    {
        var key = LanguagePair(pair);
        if (!_runners.TryGetValue(key, out var runner))
        {
            runner = CheckCatalog.Create(config, profiles.GetValueOrDefault(key) ?? CorpusProfile.Default);
            _runners[key] = runner;
        }

        return runner;
    }

    private IEnumerable<IReadOnlyList<Pair>> Pages(CancellationToken cancel)
    {
        long after = 0;
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            var page = store.Page(after, pageSize);
            if (page.Count == 0)
            {
                yield break;
            }

            yield return page;
            after = page[^1].Ord;
        }
    }

    private static (string, string) LanguagePair(Pair pair) =>
        (LanguageTags.Primary(pair.SourceLang), LanguageTags.Primary(pair.TargetLang));
}
