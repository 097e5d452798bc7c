using System.Globalization;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// Resolves a navigation against the store by keyset steps, never loading the corpus. A filter
/// is applied pair by pair as the walk goes.
/// </summary>
internal sealed class PairNavigator(IReviewStore store, string annotator, QueueOrder order, TimeSpan lease)
{
    private readonly PairQueue _queue = new(store, annotator, order, lease);

    /// <summary>How many pairs one keystroke may look at for a filter before it stops and says so.</summary>
    public const int ScanLimit = 20_000;

    /// <summary>The pair the last <see cref="Resolve"/> claimed on its way (Tab, and opening with no position to resume).</summary>
    public PairId? Claimed { get; private set; }

    /// <summary>
    /// The last <see cref="Resolve"/> opened on a pending pair it only looked at, so the first frame
    /// waits for no write; the caller claims through the queue once that frame is out.
    /// </summary>
    public bool Peeked { get; private set; }

    public Pair? Resolve(Navigation to, out string? message)
    {
        message = null;
        Claimed = null;
        Peeked = false;
        switch (to.Kind)
        {
            case NavigationKind.Resume:
                return Resume(to);
            case NavigationKind.Reload:
                return store.FindByOrd(to.FromOrd);
            case NavigationKind.AfterDecision when to.Filter.IsAll:
                // Through the queue, never to a pair a colleague holds or has just decided.
                return ClaimNextPending(to.FromOrd) ?? Fail(out message, QueueEmpty());
            case NavigationKind.Next:
            case NavigationKind.AfterDecision:
                return Walk(to.FromOrd, to.Filter, forward: true, out message) ?? Fail(out message, EndMessage(to));
            case NavigationKind.Previous:
                return Walk(to.FromOrd, to.Filter, forward: false, out message) ?? Fail(out message, "this is the first pair" + FilterSuffix(to.Filter));
            case NavigationKind.NextPending:
                return ClaimNextPending(to.FromOrd) ?? Fail(out message, "no pending pairs left");
            case NavigationKind.Goto:
                return Goto(to.Text ?? "") ?? Fail(out message, $"no pair numbered or named '{to.Text}'");
            case NavigationKind.Search:
                return Search(to, out message);
            case NavigationKind.FirstMatch:
                return FirstMatch(to, out message) ?? Fail(out message, $"no pair matches the filter '{to.Filter.Text}'");
            default:
                throw new ArgumentOutOfRangeException(nameof(to), to.Kind, "unknown navigation");
        }
    }

    public bool Matches(Pair pair, PairFilter filter) =>
        filter.IsAll || filter.Matches(store.StatusOf(pair.Id), filter.NeedsFindings ? store.Findings(pair.Id) : []);

    private Pair? Resume(Navigation to)
    {
        if (store.LastPosition(annotator) is { } last && store.GetPair(last) is { } pair)
        {
            return pair;
        }
        // A claim is a write, and a write waits for the whole-file check of a file no stamp vouches
        // for (a second or more at a million pairs): the first frame shows the first pending pair
        // read only, and the queue's claim follows it.
        if (order == QueueOrder.Corpus && store.NextPending(0, annotator) is { } first)
        {
            Peeked = true;
            return first;
        }
        return ClaimNextPending(0) ?? FirstMatch(to, out _) ?? _queue.Step(0, forward: true);
    }

    private Pair? ClaimNextPending(long fromOrd)
    {
        var pair = _queue.ClaimNextPending(fromOrd);
        Claimed = pair?.Id;
        return pair;
    }

    /// <summary>
    /// The nearest pair that passes the filter. Past <see cref="ScanLimit"/> pairs it stops on the
    /// last one it looked at and says so, so a rare filter never stalls a keystroke; the same key
    /// goes on from there.
    /// </summary>
    private Pair? Walk(long fromOrd, PairFilter filter, bool forward, out string? message)
    {
        message = null;
        var ord = fromOrd;
        for (var scanned = 1; _queue.Step(ord, forward) is { } pair; scanned++)
        {
            if (Matches(pair, filter))
            {
                return pair;
            }
            if (scanned >= ScanLimit)
            {
                message = $"no pair matching '{filter.Text}' in the {ScanLimit:N0} pairs looked at; press the key again to go on";
                return pair;
            }
            ord = pair.Ord;
        }
        return null;
    }

    private Pair? FirstMatch(Navigation to, out string? message)
    {
        message = null;
        if (to.FromOrd > 0 && store.FindByOrd(to.FromOrd) is { } current && Matches(current, to.Filter))
        {
            return current;
        }
        return Walk(to.FromOrd, to.Filter, forward: true, out message) ?? Walk(0, to.Filter, forward: true, out message);
    }

    private Pair? Goto(string text)
    {
        var query = text.Trim().TrimStart('#');
        if (long.TryParse(query, NumberStyles.None, CultureInfo.InvariantCulture, out var ord) && store.FindByOrd(ord) is { } byOrd)
        {
            return byOrd;
        }
        return store.FindByExternalId(text.Trim());
    }

    private Pair? Search(Navigation to, out string? message)
    {
        message = null;
        var needle = to.Text ?? "";
        if (store.Search(needle, to.FromOrd, to.Forward) is { } found)
        {
            return found;
        }
        var wrapFrom = to.Forward ? 0 : long.MaxValue;
        if (store.Search(needle, wrapFrom, to.Forward) is { } wrapped && wrapped.Ord != to.FromOrd)
        {
            message = to.Forward ? "search wrapped to the top" : "search wrapped to the bottom";
            return wrapped;
        }
        message = $"'{needle}' not found";
        return null;
    }

    private string EndMessage(Navigation to) =>
        to.Kind == NavigationKind.AfterDecision
            ? "that was the last pair" + FilterSuffix(to.Filter) + ": " + StillPending()
            : "this is the last pair" + FilterSuffix(to.Filter);

    /// <summary>Why the queue had nothing for this annotator, as the store says now.</summary>
    private string QueueEmpty()
    {
        var pending = store.StatusCounts()[PairStatus.Pending] - store.EmptiedPairs();
        return pending == 0
            ? "the corpus is done, no pair is pending"
            : string.Create(CultureInfo.InvariantCulture, $"no pair left for you: {pending:N0} still pending, held by colleagues or waiting for their decisions");
    }

    /// <summary>At the end of the corpus, whether the work is done, and if not where it goes on.</summary>
    private string StillPending()
    {
        var pending = store.StatusCounts()[PairStatus.Pending] - store.EmptiedPairs();
        // A look, not a claim: the message only says where the work goes on.
        if (pending == 0 || store.NextPending(0, annotator) is not { } first)
        {
            return "the corpus is done, no pair is pending";
        }
        return string.Create(CultureInfo.InvariantCulture, $"{pending:N0} still pending, the first is #{first.Ord} ({first.ExternalId}); Tab goes there");
    }

    private static string FilterSuffix(PairFilter filter) => filter.IsAll ? "" : $" matching '{filter.Text}'";

    private static Pair? Fail(out string? message, string text)
    {
        message = text;
        return null;
    }
}
