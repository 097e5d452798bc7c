using Review.Core.Pairs;
using Review.Core.Storage;

namespace Review.Cli.Screen;

/// <summary>
/// The bookkeeping writes around the pair on screen: its claim (taken once its frame is out,
/// renewed every third of the lease) and the annotator's resume position (saved when idle and on
/// quit). None of them is a decision, so a busy database only postpones them.
/// </summary>
internal sealed class PairKeeping(StoreEffects store, TimeProvider clock)
{
    private PairId? claimed;
    private PairId? savedPosition;
    private DateTimeOffset lastClaim;

    /// <summary>Claims a pair not claimed yet; returns it changed when the claim says something new about who holds it.</summary>
    public ShownPair? ClaimIfNew(ShownPair? shown)
    {
        if (shown is null || shown.Pair.Id == claimed)
        {
            return null;
        }
        claimed = shown.Pair.Id;
        return Claim(shown);
    }

    /// <summary>Renews the lease when a third of it has passed.</summary>
    public ShownPair? Renew(ShownPair? shown) =>
        shown is not null && clock.GetUtcNow() - lastClaim > store.Lease / 3 ? Claim(shown) : null;

    public void SavePosition(ShownPair? shown)
    {
        if (shown is not null && shown.Pair.Id != savedPosition)
        {
            Quietly(() => store.SavePosition(shown.Pair.Id));
            savedPosition = shown.Pair.Id;
        }
    }

    public void Release() => Quietly(store.ReleaseClaims);

    private ShownPair? Claim(ShownPair shown)
    {
        lastClaim = clock.GetUtcNow();
        ShownPair? changed = null;
        Quietly(() => changed = store.Claim(shown));
        return changed;
    }

    private static void Quietly(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is StoreBusyException or StoreException or Microsoft.Data.Sqlite.SqliteException)
        {
            // Claims and positions are tried again on the next idle tick (a busy file, a full disk),
            // or cannot be kept at all (a read-only file); no decision is involved.
        }
    }
}
