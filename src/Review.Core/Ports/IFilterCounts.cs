using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// Counts the pairs a filter lets through over a stretch of corpus order, so the header can say
/// "12 of 340 matching" without the screen walking the corpus. Statuses are ORed, finding terms
/// (checks and severities) are ORed, and the two groups are ANDed; an empty group lets all through.
/// </summary>
public interface IFilterCounts
{
    /// <summary>The matching pairs with <paramref name="afterOrd"/> &lt; ord ≤ <paramref name="upToOrd"/>.</summary>
    long CountMatching(IReadOnlySet<PairStatus> statuses, IReadOnlySet<string> checks, IReadOnlySet<Severity> severities, long afterOrd, long upToOrd);
}
