using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// The bookkeeping writes around the pair on screen: its claim (taken once it is shown, renewed
/// every third of the lease) and the annotator's resume position (saved when idle and on quit).
/// None of them is a decision, so a busy store only postpones them.
/// </summary>
internal sealed class PairKeeping(IReviewStore store, string annotator, TimeSpan lease, TimeProvider clock)
{
    private PairId? _claimed;
    private PairId? _savedPosition;
    private DateTimeOffset _lastClaim;

    /// <summary>Claims a pair not claimed yet; returns it changed when the claim says something new about who holds it.</summary>
    public ShownPair? ClaimIfNew(ShownPair? shown)
    {
        if (shown is null || shown.Pair.Id == _claimed)
        {
            return null;
        }
        _claimed = shown.Pair.Id;
        return Claim(shown);
    }

    /// <summary>Notes a pair the store claimed while handing it out, so it is not claimed again once shown.</summary>
    public void Claimed(PairId pair)
    {
        _claimed = pair;
        _lastClaim = clock.GetUtcNow();
    }

    /// <summary>
    /// Renews the lease when a third of it has passed: one small update, so the loop may ask after
    /// every key as well as when idle, and an annotator who keeps typing keeps their pair.
    /// </summary>
    public ShownPair? Renew(ShownPair? shown)
    {
        if (shown is null || shown.Pair.Id != _claimed || clock.GetUtcNow() - _lastClaim <= lease / 3)
        {
            return null;
        }
        _lastClaim = clock.GetUtcNow();
        ShownPair? changed = null;
        Quietly(() =>
        {
            var holder = store.RenewClaim(shown.Pair.Id, annotator, lease) ? null : OtherClaimant(shown.Pair.Id) ?? "another annotator";
            changed = holder == shown.ClaimedBy ? null : shown with { ClaimedBy = holder };
        });
        return changed;
    }

    public void SavePosition(ShownPair? shown)
    {
        if (shown is not null && shown.Pair.Id != _savedPosition)
        {
            Quietly(() => store.SavePosition(annotator, shown.Pair.Id));
            _savedPosition = shown.Pair.Id;
        }
    }

    public void Release() => Quietly(() => store.ReleaseClaims(annotator));

    /// <summary>Another annotator with a live lease on the pair, if any.</summary>
    public string? OtherClaimant(PairId pair) => store.ClaimedBy(pair) is { } holder && holder != annotator ? holder : null;

    private ShownPair? Claim(ShownPair shown)
    {
        _lastClaim = clock.GetUtcNow();
        ShownPair? changed = null;
        Quietly(() =>
        {
            var holder = store.TryClaim(shown.Pair.Id, annotator, lease) ? null : OtherClaimant(shown.Pair.Id) ?? "another annotator";
            if (holder is not null)
            {
                // Left for a colleague's pair: the one this annotator held is free for others at once.
                store.ReleaseClaims(annotator);
            }
            changed = holder == shown.ClaimedBy ? null : shown with { ClaimedBy = holder };
        });
        return changed;
    }

    private static void Quietly(Action write)
    {
        try
        {
            write();
        }
        // DbException: what any ADO.NET backend throws for an error it did not translate.
        catch (Exception e) when (e is StoreBusyException or StoreException or System.Data.Common.DbException)
        {
            // Claims and positions are tried again on the next idle tick (a busy file, a full disk),
            // or cannot be kept at all (a read-only file); no decision is involved.
        }
    }
}
