using Review.Core.Encodings;
using Review.Core.Storage;

namespace Review.Core.Formats;

/// <summary>
/// What happens to each record between reading and storing: the repair of a target column that
/// arrived garbled by a wrong encoding. It is decided once per input from the first records,
/// because one short row proves little about an encoding and a column is garbled as a whole.
/// </summary>
internal sealed class PairEnrichment
{
    public const int SampleSize = 40;

    private readonly MojibakeRepairer? _repairer;
    private readonly RepairSummary? _summary;

    private PairEnrichment(MojibakeRepairer? repairer, RepairSummary? summary)
    {
        _repairer = repairer;
        _summary = summary;
    }

    public static PairEnrichment Plan(IReadOnlyList<PairRecord> head, string targetName, bool repair)
    {
        if (!repair || Mojibake.DetectColumn(head.Select(r => r.Target), SampleSize).Scheme is not { } scheme)
        {
            return new PairEnrichment(null, null);
        }
        return new PairEnrichment(new MojibakeRepairer(scheme), new RepairSummary(targetName, scheme));
    }

    /// <summary>The repair summary line, or null when the column was not garbled (or repair was off).</summary>
    public string? RepairReport => _summary?.ToString();

    public NewPair Enrich(PairRecord record)
    {
        if (_repairer is null)
        {
            return new NewPair(record);
        }
        var result = _repairer.Repair(record.Target);
        _summary!.Add(result);
        return new NewPair(record, result.Changed ? result.Text : null, RepairJson.Serialize(result), EncodingFindings.For(result));
    }
}
