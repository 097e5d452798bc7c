using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// What the checks found per pair. Findings are derived from the texts and can be recomputed at
/// any time, so unlike decisions they are overwritten.
/// </summary>
public interface IFindingStore
{
    void ReplaceFindings(PairId pair, IReadOnlyList<Finding> findings);

    /// <summary>Replaces the findings of many pairs in one transaction (one commit, not one per pair).</summary>
    void ReplaceFindings(IEnumerable<KeyValuePair<PairId, IReadOnlyList<Finding>>> byPair);

    /// <summary>The pair's findings in the order they were stored.</summary>
    IReadOnlyList<Finding> Findings(PairId pair);

    /// <summary>
    /// The findings of many pairs in one read, each pair's in the order they were stored; a pair
    /// with none is absent. A copy of a corpus reads a page of pairs at a time: one read per pair
    /// would be a round trip per pair on a database server.
    /// </summary>
    IReadOnlyDictionary<PairId, IReadOnlyList<Finding>> Findings(IReadOnlyCollection<PairId> pairs);
}
