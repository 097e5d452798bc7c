using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// Keeps the place of the pair on screen within the filter. The first pair shown under a filter
/// costs a count from the start of the corpus; after that each move counts only the stretch
/// between the last pair and the new one, and corrects for a change the annotator made to the
/// last pair (a decision that takes it out of "pending", say). Colleagues' decisions elsewhere
/// show at the next filter change or jump.
/// </summary>
internal sealed class FilterPlaces(IReviewStore store, Func<Pair, PairFilter, bool> matches)
{
    private Anchor? _anchor;

    public FilterPlace? PlaceOf(Pair pair, PairFilter filter)
    {
        if (filter.IsAll)
        {
            _anchor = null;
            return null;
        }
        var (index, total) = _anchor is { } last && last.Filter == filter.Text
            ? FromAnchor(last, pair, filter)
            : (Count(filter, 0, pair.Ord), Total(filter));
        var matched = matches(pair, filter);
        _anchor = new Anchor(filter.Text, pair, index, total, matched);
        return new FilterPlace(index, total, matched);
    }

    private (long Index, long Total) FromAnchor(Anchor last, Pair pair, PairFilter filter)
    {
        var nowMatches = store.GetPair(last.Pair.Id) is { } again && matches(again, filter);
        var change = (nowMatches ? 1 : 0) - (last.Matched ? 1 : 0);
        var index = last.Index + change;
        index = pair.Ord >= last.Pair.Ord
            ? index + Count(filter, last.Pair.Ord, pair.Ord)
            : index - Count(filter, pair.Ord, last.Pair.Ord);
        return (index, last.Total + change);
    }

    /// <summary>A status-only filter's total comes from the kept per-status counts, not a scan of the corpus.</summary>
    private long Total(PairFilter filter)
    {
        if (filter.NeedsFindings)
        {
            return Count(filter, 0, long.MaxValue);
        }
        var counts = store.StatusCounts();
        return filter.Statuses.Sum(status => counts.GetValueOrDefault(status));
    }

    private long Count(PairFilter filter, long afterOrd, long upToOrd) =>
        store.CountMatching(filter.Statuses, filter.Checks, filter.Severities, afterOrd, upToOrd);

    private sealed record Anchor(string Filter, Pair Pair, long Index, long Total, bool Matched);
}
