using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// Leases on pairs, so that annotators sharing a store do not work on the same pair. A lease's
/// expiry is computed on the store's clock, never on a client's, so machines whose clocks
/// disagree still agree on who holds a pair.
/// </summary>
public interface IClaims
{
    /// <summary>
    /// Takes (or renews) the annotator's lease on a pair. An annotator holds one pair at a time:
    /// claiming releases their other claims. False, changing nothing, while another annotator's lease is live.
    /// </summary>
    bool TryClaim(PairId pair, string annotator, TimeSpan lease);

    /// <summary>Lets others have the annotator's claimed pairs at once, e.g. when they quit.</summary>
    void ReleaseClaims(string annotator);

    /// <summary>Who holds a live lease on the pair, if anyone.</summary>
    string? ClaimedBy(PairId pair);
}
