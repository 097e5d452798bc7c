using Review.Core.Align;
using Review.Core.Checks;
using Review.Core.Encodings;

namespace Review.Core.Formats;

/// <summary>
/// What happens to records between reading and storing: the repair of a target column garbled by
/// a wrong encoding, then the checks on the text under review. Both are tuned on the first chunk,
/// because one short row proves little about an encoding, and the length-ratio band is calibrated
/// from the corpus itself.
/// </summary>
internal sealed class PairEnrichment
{
    private const int EncodingSample = 40;

    private readonly MojibakeRepairer? _repairer;
    private readonly RepairSummary? _summary;
    private readonly CheckConfig? _config;
    private readonly LanguagePair _languages;
    private readonly bool _align;
    private CheckRunner? _checks;
    private ParagraphAligner? _aligner;
    private long _sentenceCountsDiffer;

    private PairEnrichment(MojibakeRepairer? repairer, RepairSummary? summary, CheckConfig? config, LanguagePair languages, bool align)
    {
        _align = align;
        _repairer = repairer;
        _summary = summary;
        _config = config;
        _languages = languages;
    }

    public static PairEnrichment Plan(IReadOnlyList<PairRecord> head, string targetName, LanguagePair languages, ImportRequest request)
    {
        if (!request.Repair || Mojibake.DetectColumn(head.Select(r => r.Target), EncodingSample).Scheme is not { } scheme)
        {
            return new PairEnrichment(null, null, request.Checks, languages, request.AlignSentences);
        }
        return new PairEnrichment(new MojibakeRepairer(scheme), new RepairSummary(targetName, scheme), request.Checks, languages, request.AlignSentences);
    }

    /// <summary>The head's targets as the repair will store them, mojibake undone, so that their
    /// script can be read (Korean decoded as TIS-620 looks Thai).</summary>
    public static IEnumerable<string> RepairedTargets(IReadOnlyList<PairRecord> head, ImportRequest request)
    {
        var targets = head.Select(r => r.Target);
        if (!request.Repair || Mojibake.DetectColumn(targets, EncodingSample).Scheme is not { } scheme)
        {
            return targets;
        }
        var repairer = new MojibakeRepairer(scheme);
        return head.Select(r => repairer.Repair(r.Target).Text);
    }

    /// <summary>The repair summary line, or null when the column was not garbled (or repair was off).</summary>
    public string? RepairReport => _summary?.ToString();

    /// <summary>Whether enriching a chunk is real work (checks), worth handing to another thread.</summary>
    public bool Checks => _config is not null || _align;

    /// <summary>Paragraph pairs so far whose source and target have different sentence counts.</summary>
    public long SentenceCountsDiffer => Interlocked.Read(ref _sentenceCountsDiffer);

    /// <summary>The chunk's pairs in order.</summary>
    public NewPair[] Enrich(IReadOnlyList<PairRecord> chunk) => Prepare(chunk)();

    /// <summary>
    /// Repairs the chunk now, in order, because the repairer learns from the column; returns the
    /// rest (the checks, and building the pairs), which may run on any thread, chunks side by side.
    /// </summary>
    public Func<NewPair[]> Prepare(IReadOnlyList<PairRecord> chunk)
    {
        var repairs = chunk.Select(Repair).ToArray();
        var targets = chunk.Select((r, i) => repairs[i]?.Text ?? r.Target).ToArray();
        var checks = _config is null ? null : _checks ??= Calibrated(chunk, targets);
        if (_align)
        {
            var aligner = _aligner ??= ParagraphAligner.Tune(chunk.Select((r, i) => (r.Source, targets[i])), _languages.Source, _languages.Target);
            return () => [.. chunk.SelectMany((record, i) => SentenceGroups.Pairs(aligner, record, targets[i], Check, ref _sentenceCountsDiffer))];
        }
        NewPair Check(PairRecord record, Finding? alignment)
        {
            var findings = new List<Finding>();
            if (alignment is not null)
            {
                findings.Add(alignment);
            }
            findings.AddRange(checks?.Run(record.Source, record.Target, _languages.Source, _languages.Target).Findings ?? []);
            return new NewPair(record, Findings: findings);
        }
        return () =>
        {
            var pairs = new NewPair[chunk.Count];
            for (var i = 0; i < chunk.Count; i++)
            {
                pairs[i] = Build(chunk[i], repairs[i], targets[i], checks);
            }
            return pairs;
        };
    }

    private RepairResult? Repair(PairRecord record)
    {
        if (_repairer is null)
        {
            return null;
        }
        var result = _repairer.Repair(record.Target);
        _summary!.Add(result);
        return result;
    }

    /// <summary>The corpus profile learned from the first chunk (kind of text, length band,
    /// accelerator marker, end-mark rates), or null before the first chunk or without checks.</summary>
    public CorpusProfile? Profile { get; private set; }

    private CheckRunner Calibrated(IReadOnlyList<PairRecord> chunk, string[] targets)
    {
        var fallback = LengthRatioBand.Default(_languages.Source, _languages.Target);
        var calibrator = new CorpusCalibrator();
        for (var i = 0; i < chunk.Count; i++)
        {
            calibrator.Add(chunk[i].Source, targets[i]);
        }
        Profile = calibrator.Profile(fallback, _config!.Kind);
        return CheckCatalog.Create(_config, Profile);
    }

    private NewPair Build(PairRecord record, RepairResult? repair, string target, CheckRunner? checks)
    {
        if (SentenceGroups.CountsDiffer(record.Source, target))
        {
            Interlocked.Increment(ref _sentenceCountsDiffer);
        }
        var found = checks?.Run(record.Source, target, _languages.Source, _languages.Target).Findings ?? [];
        if (repair is null)
        {
            return new NewPair(record, Findings: found);
        }
        IReadOnlyList<Finding> findings = [.. EncodingFindings.For(repair), .. found];
        return new NewPair(record, repair.Changed ? repair.Text : null, RepairJson.Serialize(repair), findings);
    }
}
