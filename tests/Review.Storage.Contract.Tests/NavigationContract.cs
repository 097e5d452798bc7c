using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class NavigationContract : IDisposable
{
    private readonly StoreFixture _fixture;
    private readonly IReviewStore _store;

    protected NavigationContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _store = fixture.Open();
        SampleCorpus.Import(_store, 10);
    }

    /// <summary>Ids are the store's own; tests name pairs by their place in corpus order.</summary>
    private PairId IdAt(long ord) => _store.FindByOrd(ord)!.Id;

    public void Dispose()
    {
        _store.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public void Pairs_are_found_by_id_external_id_and_position()
    {
        var pair = _store.GetPair(IdAt(4))!;

        Assert.Equal(
            new Pair(IdAt(4), 4, "p4", "source 4", "target 4", null, "suggestion 4", """{"n":4}""", "en", "ko", 1, null),
            pair);
        Assert.Equal(pair, _store.FindByExternalId("p4"));
        Assert.Equal(pair, _store.FindByOrd(4));
        Assert.Null(_store.GetPair(new PairId(11)));
        Assert.Null(_store.FindByExternalId("nope"));
        Assert.Null(_store.FindByOrd(0));
    }

    [Fact]
    public void Next_and_previous_step_through_corpus_order_and_stop_at_the_ends()
    {
        Assert.Equal(1, _store.Next(0)!.Ord);
        Assert.Equal(6, _store.Next(5)!.Ord);
        Assert.Null(_store.Next(10));
        Assert.Equal(4, _store.Previous(5)!.Ord);
        Assert.Equal(10, _store.Previous(long.MaxValue)!.Ord);
        Assert.Null(_store.Previous(1));
    }

    [Fact]
    public void Page_returns_a_keyset_page()
    {
        Assert.Equal([4L, 5L, 6L], _store.Page(3, 3).Select(p => p.Ord));
        Assert.Equal([9L, 10L], _store.Page(8, 5).Select(p => p.Ord));
        Assert.Empty(_store.Page(10, 5));
    }

    [Fact]
    public void Next_pending_skips_decided_pairs_and_wraps_around()
    {
        foreach (var ord in new long[] { 1, 2, 5, 6, 7, 8, 9, 10 })
        {
            _store.Decide(IdAt(ord), DecisionKind.Accept, null, "ana");
        }

        Assert.Equal(3, _store.NextPending(0, "ana")!.Ord);
        Assert.Equal(4, _store.NextPending(3, "ana")!.Ord);
        Assert.Equal(3, _store.NextPending(4, "ana")!.Ord);
        Assert.Equal(3, _store.NextPending(8, "ana")!.Ord);
    }

    [Fact]
    public void The_pending_count_follows_decisions_and_undo()
    {
        _store.Decide(IdAt(1), DecisionKind.Accept, null, "ana");
        _store.Decide(IdAt(2), DecisionKind.Skip, null, "ana");
        Assert.Equal(8, _store.StatusCounts()[PairStatus.Pending]);

        _store.Undo("ana");

        Assert.Equal(9, _store.StatusCounts()[PairStatus.Pending]);
        Assert.Equal(
            new Dictionary<PairStatus, long>
            {
                [PairStatus.Pending] = 9, [PairStatus.Accepted] = 1, [PairStatus.Fixed] = 0,
                [PairStatus.Edited] = 0, [PairStatus.Rejected] = 0, [PairStatus.Skipped] = 0,
            },
            _store.StatusCounts());
    }

    [Fact]
    public void Next_pending_is_null_when_everything_is_decided()
    {
        for (var ord = 1; ord <= 10; ord++)
        {
            _store.Decide(IdAt(ord), DecisionKind.Skip, null, "ana");
        }

        Assert.Null(_store.NextPending(0, "ana"));
    }

    [Fact]
    public void Search_finds_source_or_final_target_in_either_direction()
    {
        _store.Decide(IdAt(7), DecisionKind.Edit, "now says Needle", "ana");

        Assert.Equal(7, _store.Search("needle", 0, forward: true)!.Ord);
        Assert.Null(_store.Search("needle", 7, forward: true));
        Assert.Equal(7, _store.Search("NEEDLE", 10, forward: false)!.Ord);
        Assert.Equal(3, _store.Search("source 3", 0, forward: true)!.Ord);
        Assert.Null(_store.Search("target 7", 0, forward: true));
    }

    [Fact]
    public void Search_treats_like_wildcards_as_plain_text()
    {
        _store.Decide(IdAt(2), DecisionKind.Edit, "100% done_ok", "ana");

        Assert.Equal(2, _store.Search("0% done_", 0, forward: true)!.Ord);
        Assert.Null(_store.Search("%_%", 2, forward: true));
    }
}
