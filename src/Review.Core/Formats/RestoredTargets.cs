
namespace Review.Core.Formats;

/// <summary>
/// Keeps the target under review that a file of review's own export shows. Repair and checks run
/// as usual on <c>original_target</c>, the text as it first came in, which gives a pair back the
/// repair (and guesses) it had. Where the file shows a different target under review (the first
/// database was imported with <c>--no-repair</c>, say, or repaired a differently ordered column),
/// the file wins: the pair keeps that text, without repair guesses, and is checked on it, so that
/// exporting again gives the same file.
/// </summary>
internal sealed class RestoredTargets(ImportRequest request, LanguagePair languages, string targetName)
{
    private PairEnrichment? _checksOnly;

    /// <summary>Pairs whose target under review came from the file rather than from the repair.</summary>
    public long Kept { get; private set; }

    public NewPair[] Apply(NewPair[] pairs)
    {
        var kept = Enumerable.Range(0, pairs.Length).Where(i => Differs(pairs[i])).ToList();
        if (kept.Count == 0)
        {
            return pairs;
        }
        var records = kept.Select(i => pairs[i].Record with { Target = pairs[i].Record.Exported!.TargetUnderReview! }).ToList();
        // Checks without repair; its length-ratio band is calibrated on the first such chunk (or is the default when that holds few pairs).
        _checksOnly ??= PairEnrichment.Plan(records, targetName, languages, request with { Repair = false });
        var checkedPairs = _checksOnly.Enrich(records);
        for (var k = 0; k < kept.Count; k++)
        {
            var record = pairs[kept[k]].Record;
            var target = records[k].Target;
            pairs[kept[k]] = new NewPair(record, target == record.Target ? null : target, null, checkedPairs[k].Findings);
        }
        Kept += kept.Count;
        return pairs;
    }

    private static bool Differs(NewPair pair) =>
        pair.Record.Exported?.TargetUnderReview is { } shown && shown != (pair.RepairedTarget ?? pair.Record.Target);
}
