using Review.Core.Formats;
using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>The rows an export writes.</summary>
public interface IExportSource
{
    /// <summary>
    /// Every pair (or those with the given statuses) in corpus order with its final text and the
    /// decision behind it, streamed: memory stays flat at any corpus size. The enumeration ends
    /// only once the store knows its data is sound (it throws otherwise), so an exporter that
    /// commits its output after the last row never publishes rows read from a damaged store.
    /// A pair a merge left empty is no pair of the current alignment and is left out, unless
    /// <paramref name="withEmptiedPairs"/> asks for it (an export of the original alignment).
    /// </summary>
    IEnumerable<ExportRow> ExportRows(IReadOnlySet<PairStatus>? statuses, bool withEmptiedPairs = false);
}
