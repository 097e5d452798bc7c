using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// <c>review export --original-alignment</c>: every pair as the corpus was aligned before anyone
/// merged, split or shifted, each in its place (a pair a merge emptied included). A pair whose
/// texts a change of alignment moved comes out with its texts before the first change (from the
/// history) and pending, without decisions: any decision on it judged other sentences than these.
/// Every other pair, including one whose changes were all undone, comes out as the default export
/// writes it, with its decision.
/// </summary>
public sealed class OriginalAlignmentExport
{
    private readonly IExportSource _source;
    private readonly Dictionary<string, AlignedTexts> _moved;

    public OriginalAlignmentExport(IExportSource source, IAlignmentEdits edits)
    {
        _source = source;
        // Only the pairs annotators realigned by hand: small beside the corpus.
        _moved = edits.RealignedPairs().Where(p => p.Moved).ToDictionary(p => p.ExternalId, p => p.Original, StringComparer.Ordinal);
    }

    /// <summary>Whether the pair's texts differ from the original alignment's, so its decisions are left out.</summary>
    public bool Moved(string externalId) => _moved.ContainsKey(externalId);

    /// <summary>The rows in corpus order, only those whose status here (pending for a moved pair) is among <paramref name="statuses"/>.</summary>
    public IEnumerable<ExportRow> Rows(IReadOnlySet<PairStatus>? statuses)
    {
        foreach (var row in _source.ExportRows(null, withEmptiedPairs: true))
        {
            var original = _moved.TryGetValue(row.Id, out var texts) ? Original(row, texts) : row;
            if (statuses is null || statuses.Contains(original.Status))
            {
                yield return original;
            }
        }
    }

    private static ExportRow Original(ExportRow row, AlignedTexts texts) => new(
        row.Id, texts.Source, texts.Target, PairStatus.Pending, texts.OriginalTarget ?? texts.Target, texts.Suggestion,
        annotator: null, decidedAt: null, note: null, row.SourceLang, row.TargetLang, row.MetadataJson);
}
