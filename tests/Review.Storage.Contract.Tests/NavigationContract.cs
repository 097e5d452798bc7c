using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class NavigationContract : IDisposable
{
    private readonly StoreFixture fixture;
    private readonly IReviewStore store;

    protected NavigationContract(StoreFixture fixture)
    {
        this.fixture = fixture;
        store = fixture.Open();
        SampleCorpus.Import(store, 10);
    }

    /// <summary>Ids are the store's own; tests name pairs by their place in corpus order.</summary>
    private PairId IdAt(long ord) => store.FindByOrd(ord)!.Id;

    public void Dispose()
    {
        store.Dispose();
        fixture.Dispose();
    }

    [Fact]
    public void Pairs_are_found_by_id_external_id_and_position()
    {
        var pair = store.GetPair(IdAt(4))!;

        Assert.Equal(
            new Pair(IdAt(4), 4, "p4", "source 4", "target 4", null, "suggestion 4", """{"n":4}""", "en", "ko", 1, null),
            pair);
        Assert.Equal(pair, store.FindByExternalId("p4"));
        Assert.Equal(pair, store.FindByOrd(4));
        Assert.Null(store.GetPair(new PairId(11)));
        Assert.Null(store.FindByExternalId("nope"));
        Assert.Null(store.FindByOrd(0));
    }

    [Fact]
    public void Next_and_previous_step_through_corpus_order_and_stop_at_the_ends()
    {
        Assert.Equal(1, store.Next(0)!.Ord);
        Assert.Equal(6, store.Next(5)!.Ord);
        Assert.Null(store.Next(10));
        Assert.Equal(4, store.Previous(5)!.Ord);
        Assert.Equal(10, store.Previous(long.MaxValue)!.Ord);
        Assert.Null(store.Previous(1));
    }

    [Fact]
    public void Page_returns_a_keyset_page()
    {
        Assert.Equal([4L, 5L, 6L], store.Page(3, 3).Select(p => p.Ord));
        Assert.Equal([9L, 10L], store.Page(8, 5).Select(p => p.Ord));
        Assert.Empty(store.Page(10, 5));
    }

    [Fact]
    public void Next_pending_skips_decided_pairs_and_wraps_around()
    {
        foreach (var ord in new long[] { 1, 2, 5, 6, 7, 8, 9, 10 })
        {
            store.Decide(IdAt(ord), DecisionKind.Accept, null, "ana");
        }

        Assert.Equal(3, store.NextPending(0, "ana")!.Ord);
        Assert.Equal(4, store.NextPending(3, "ana")!.Ord);
        Assert.Equal(3, store.NextPending(4, "ana")!.Ord);
        Assert.Equal(3, store.NextPending(8, "ana")!.Ord);
    }

    [Fact]
    public void The_pending_count_follows_decisions_and_undo()
    {
        store.Decide(IdAt(1), DecisionKind.Accept, null, "ana");
        store.Decide(IdAt(2), DecisionKind.Skip, null, "ana");
        Assert.Equal(8, store.StatusCounts()[PairStatus.Pending]);

        store.Undo("ana");

        Assert.Equal(9, store.StatusCounts()[PairStatus.Pending]);
        Assert.Equal(
            new Dictionary<PairStatus, long>
            {
                [PairStatus.Pending] = 9, [PairStatus.Accepted] = 1, [PairStatus.Fixed] = 0,
                [PairStatus.Edited] = 0, [PairStatus.Rejected] = 0, [PairStatus.Skipped] = 0,
            },
            store.StatusCounts());
    }

    [Fact]
    public void Next_pending_is_null_when_everything_is_decided()
    {
        for (var ord = 1; ord <= 10; ord++)
        {
            store.Decide(IdAt(ord), DecisionKind.Skip, null, "ana");
        }

        Assert.Null(store.NextPending(0, "ana"));
    }

    [Fact]
    public void Search_finds_source_or_final_target_in_either_direction()
    {
        store.Decide(IdAt(7), DecisionKind.Edit, "now says Needle", "ana");

        Assert.Equal(7, store.Search("needle", 0, forward: true)!.Ord);
        Assert.Null(store.Search("needle", 7, forward: true));
        Assert.Equal(7, store.Search("NEEDLE", 10, forward: false)!.Ord);
        Assert.Equal(3, store.Search("source 3", 0, forward: true)!.Ord);
        Assert.Null(store.Search("target 7", 0, forward: true));
    }

    [Fact]
    public void Search_treats_like_wildcards_as_plain_text()
    {
        store.Decide(IdAt(2), DecisionKind.Edit, "100% done_ok", "ana");

        Assert.Equal(2, store.Search("0% done_", 0, forward: true)!.Ord);
        Assert.Null(store.Search("%_%", 2, forward: true));
    }
}
