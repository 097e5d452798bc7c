using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Session;

/// <summary>The header's "k of n matching": the session keeps the place as the annotator moves and decides, on a real store.</summary>
public sealed class FilterPlaceTests : IDisposable
{
    private readonly ScratchDatabase _db = new();
    private readonly ReviewStore _store;
    private readonly ReviewSession _ana;
    private readonly PairFilter _pending = PairFilter.TryParse("pending", out _)!;

    public FilterPlaceTests()
    {
        _store = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(_store, 10);
        _store.Decide(IdAt(2), DecisionKind.Accept, null, "ben");
        _store.Decide(IdAt(5), DecisionKind.Reject, null, "ben");
        _ana = new ReviewSession(_store, "ana", TimeSpan.FromMinutes(5), TimeProvider.System, QueueOrder.Corpus, CheckConfig.Default);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Stepping_under_a_filter_counts_the_place_among_the_matching_pairs()
    {
        var first = Go(NavigationKind.FirstMatch, 0);
        var next = Go(NavigationKind.Next, first.Pair.Ord);
        var back = Go(NavigationKind.Previous, next.Pair.Ord);

        Assert.Equal((1L, new FilterPlace(1, 8, true)), (first.Pair.Ord, first.Place));
        Assert.Equal((3L, new FilterPlace(2, 8, true)), (next.Pair.Ord, next.Place));
        Assert.Equal((1L, new FilterPlace(1, 8, true)), (back.Pair.Ord, back.Place));
    }

    [Fact]
    public void A_decision_that_takes_the_pair_out_of_the_filter_keeps_the_next_one_at_the_same_place()
    {
        var third = Go(NavigationKind.Next, Go(NavigationKind.FirstMatch, 0).Pair.Ord);
        _ana.Decide(third.Pair.Id, DecisionKind.Accept, null, null, third.Effective?.Id);

        var after = Go(NavigationKind.AfterDecision, third.Pair.Ord);

        Assert.Equal((4L, new FilterPlace(2, 7, true)), (after.Pair.Ord, after.Place));
    }

    [Fact]
    public void A_jump_to_a_pair_outside_the_filter_says_how_many_matches_come_before_it()
    {
        Go(NavigationKind.FirstMatch, 0);

        var jumped = Go(NavigationKind.Goto, 1, "9");
        var outside = Go(NavigationKind.Goto, 9, "5");

        Assert.Equal(new FilterPlace(7, 8, true), jumped.Place);
        Assert.Equal(new FilterPlace(3, 8, false), outside.Place);
    }

    [Fact]
    public void Without_a_filter_there_is_no_place_to_show()
    {
        var shown = _ana.Navigate(new Navigation(NavigationKind.Next, 0, PairFilter.All)).Pair!;

        Assert.Null(shown.Place);
    }

    private ShownPair Go(NavigationKind kind, long fromOrd, string? text = null) =>
        _ana.Navigate(new Navigation(kind, fromOrd, _pending, text)).Pair!;

    private PairId IdAt(long ord) => _store.FindByOrd(ord)!.Id;
}
