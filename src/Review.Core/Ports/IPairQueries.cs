using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// Reading pairs. A pair is found by its id (opaque: ids need not be dense or ordered), by its
/// external id, or by its place in corpus order (<see cref="Pair.Ord"/>, 1-based, what a user
/// types after <c>g</c>). Every step is a keyset query (<c>ord &gt; ?</c>), never an OFFSET and
/// never the whole corpus.
/// </summary>
public interface IPairQueries
{
    /// <summary>How many pairs the store holds.</summary>
    long PairCount();

    /// <summary>Pairs per status, every status present; cheap enough for every frame.</summary>
    IReadOnlyDictionary<PairStatus, long> StatusCounts();

    Pair? GetPair(PairId id);

    Pair? FindByExternalId(string externalId);

    /// <summary>The pair at this place in corpus order.</summary>
    Pair? FindByOrd(long ord);

    Pair? Next(long afterOrd);

    Pair? Previous(long beforeOrd);

    /// <summary>Up to <paramref name="limit"/> pairs after <paramref name="afterOrd"/> in corpus order.</summary>
    IReadOnlyList<Pair> Page(long afterOrd, int limit);

    /// <summary>
    /// The nearest pair after (or before) <paramref name="fromOrd"/> whose source or final target
    /// contains <paramref name="needle"/>, ignoring ASCII case; null when there is none that way.
    /// </summary>
    Pair? Search(string needle, long fromOrd, bool forward);

    /// <summary>
    /// The first pending pair after <paramref name="afterOrd"/>, wrapping around to the start, that no
    /// other annotator holds a live claim on.
    /// </summary>
    Pair? NextPending(long afterOrd, string annotator);

    /// <summary>The tier of a pair in findings order: its worst error or warning finding, or null.</summary>
    Severity? FindingTierOf(PairId id);

    /// <summary>The first pair of the tier (null: neither errors nor warnings) after <paramref name="afterOrd"/>.</summary>
    Pair? NextInTier(Severity? tier, long afterOrd);

    /// <summary>The last pair of the tier before <paramref name="beforeOrd"/>.</summary>
    Pair? PreviousInTier(Severity? tier, long beforeOrd);

    /// <summary>The first pending pair of the tier after <paramref name="afterOrd"/> no other annotator holds; no wrapping.</summary>
    Pair? NextPendingInTier(Severity? tier, long afterOrd, string annotator);
}
