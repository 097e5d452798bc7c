using Review.Core.Checks;
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

    /// <summary>
    /// Hands the annotator their next pair, atomically: in one write transaction, picks the first
    /// pending pair after <paramref name="afterOrd"/> in corpus order (wrapping around to the start)
    /// that no other annotator holds a live lease on, claims it as <see cref="TryClaim"/> does, and
    /// returns it. Null when no pair is left for them. Annotators asking at the same moment each get their own pair.
    /// </summary>
    Pair? ClaimNextPending(long afterOrd, string annotator, TimeSpan lease);

    /// <summary>
    /// The team queue's next pair (<see cref="IWorkQueue.ClaimNextFor"/>: started pairs under
    /// overlap, then the annotator's slice, then any pending pair) within one tier of the findings
    /// order (null: pairs with neither errors nor warnings); pending pairs after
    /// <paramref name="afterOrd"/>, without wrapping.
    /// </summary>
    Pair? ClaimNextPendingInTier(Severity? tier, long afterOrd, string annotator, TimeSpan lease);

    /// <summary>Lets others have the annotator's claimed pairs at once, e.g. when they quit.</summary>
    void ReleaseClaims(string annotator);

    /// <summary>Who holds a live lease on the pair, if anyone.</summary>
    string? ClaimedBy(PairId pair);
}
