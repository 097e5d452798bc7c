using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// One step along the queue, in corpus order or in findings order (errors, then warnings, then the
/// rest, corpus order within each tier). A step is a keyset query per tier it looks into.
/// </summary>
internal sealed class PairQueue(IReviewStore store, string annotator, QueueOrder order, TimeSpan lease)
{
    // The tier of the pair last stepped to: a decision can change a pair's findings (and so its
    // tier) after it was shown, and the walk must go on from where that pair stood in the queue.
    private (long Ord, Severity? Tier)? _last;

    /// <summary>The tiers in queue order: pairs with an error, then a warning, then the rest (null).</summary>
    public static IReadOnlyList<Severity?> FindingTiers { get; } = [Severity.Error, Severity.Warning, null];

    public Pair? Step(long fromOrd, bool forward)
    {
        if (order == QueueOrder.Corpus)
        {
            return forward ? store.Next(fromOrd) : store.Previous(fromOrd);
        }
        var tiers = FindingTiers;
        var at = fromOrd == 0 ? (forward ? 0 : tiers.Count - 1) : IndexOf(TierOf(fromOrd));
        var ord = fromOrd == 0 ? (forward ? 0 : long.MaxValue) : fromOrd;
        for (var i = at; i >= 0 && i < tiers.Count; i += forward ? 1 : -1)
        {
            var start = i == at ? ord : forward ? 0 : long.MaxValue;
            if ((forward ? store.NextInTier(tiers[i], start) : store.PreviousInTier(tiers[i], start)) is { } pair)
            {
                return Remember(pair, tiers[i]);
            }
        }
        return null;
    }

    /// <summary>
    /// The next pending pair no one else holds, wrapping around to the start of the queue, claimed
    /// for this annotator by the store in the same transaction that chose it, by the team queue's
    /// rules (overlap and slices, see <see cref="IWorkQueue.ClaimNextFor"/>); in findings order
    /// tiers come first, and those rules apply within each tier.
    /// </summary>
    public Pair? ClaimNextPending(long fromOrd)
    {
        if (order == QueueOrder.Corpus)
        {
            return store.ClaimNextFor(fromOrd, annotator, lease);
        }
        var tiers = FindingTiers;
        var at = fromOrd == 0 ? 0 : IndexOf(TierOf(fromOrd));
        for (var step = 0; step <= tiers.Count; step++)
        {
            var i = (at + step) % tiers.Count;
            if (store.ClaimNextPendingInTier(tiers[i], step == 0 ? fromOrd : 0, annotator, lease) is { } pair)
            {
                return Remember(pair, tiers[i]);
            }
        }
        return null;
    }

    private static int IndexOf(Severity? tier)
    {
        var tiers = FindingTiers;
        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i] == tier)
            {
                return i;
            }
        }
        return tiers.Count - 1;
    }

    private Severity? TierOf(long ord) =>
        _last is { } known && known.Ord == ord ? known.Tier : store.FindingTierOf(new PairId(ord));

    private Pair Remember(Pair pair, Severity? tier)
    {
        _last = (pair.Ord, tier);
        return pair;
    }
}
