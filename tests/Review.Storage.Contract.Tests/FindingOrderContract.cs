using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class FindingOrderContract : IDisposable
{
    private readonly StoreFixture _fixture;
    private readonly IReviewStore _store;

    protected FindingOrderContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _store = fixture.Open();
        SampleCorpus.Import(_store, 8);
        // Errors on 3 and 6 (6 has a warning too), warnings on 2 and 7, info only on 5; 1, 4, 8 clean.
        Give(3, Severity.Error);
        Give(6, Severity.Warning, Severity.Error);
        Give(2, Severity.Warning);
        Give(7, Severity.Warning, Severity.Info);
        Give(5, Severity.Info);
    }

    /// <summary>Ids are the store's own; tests name pairs by their place in corpus order.</summary>
    private PairId IdAt(long ord) => _store.FindByOrd(ord)!.Id;

    public void Dispose()
    {
        _store.Dispose();
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Tiers_are_named_by_the_worst_error_or_warning()
    {
        Assert.Equal(
            [null, Severity.Warning, Severity.Error, null, null, Severity.Error, Severity.Warning, null],
            Enumerable.Range(1, 8).Select(i => _store.FindingTierOf(IdAt(i))));
    }

    [Fact]
    public void Each_tier_walks_forward_in_corpus_order()
    {
        Assert.Equal([3L, 6L], Walk(Severity.Error));
        Assert.Equal([2L, 7L], Walk(Severity.Warning));
        Assert.Equal([1L, 4L, 5L, 8L], Walk(null));
    }

    [Fact]
    public void Each_tier_walks_backward_in_corpus_order()
    {
        Assert.Equal(6L, _store.PreviousInTier(Severity.Error, long.MaxValue)!.Ord);
        Assert.Equal(3L, _store.PreviousInTier(Severity.Error, 6)!.Ord);
        Assert.Null(_store.PreviousInTier(Severity.Error, 3));
        Assert.Equal(5L, _store.PreviousInTier(null, 8)!.Ord);
    }

    [Fact]
    public void Pending_steps_skip_decided_pairs_and_pairs_another_annotator_holds()
    {
        _store.Decide(IdAt(3), DecisionKind.Accept, "target 3", "minji");
        Assert.True(_store.TryClaim(IdAt(6), "jisoo", TimeSpan.FromMinutes(5)));

        Assert.Null(_store.NextPendingInTier(Severity.Error, 0, "minji"));
        Assert.Equal(6L, _store.NextPendingInTier(Severity.Error, 0, "jisoo")!.Ord);
        Assert.Equal(7L, _store.NextPendingInTier(Severity.Warning, 2, "minji")!.Ord);
    }

    [Fact]
    public void Claim_next_pending_in_tier_claims_the_pair_it_hands_out()
    {
        var first = _store.ClaimNextPendingInTier(Severity.Error, 0, "minji", TimeSpan.FromMinutes(5))!;

        Assert.Equal(3L, first.Ord);
        Assert.Equal("minji", _store.ClaimedBy(first.Id));
        Assert.Equal(6L, _store.ClaimNextPendingInTier(Severity.Error, 0, "jisoo", TimeSpan.FromMinutes(5))!.Ord);
        Assert.Null(_store.ClaimNextPendingInTier(Severity.Error, 6, "jisoo", TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Claims_in_a_tier_serve_the_annotators_slice_first_then_anything_left_in_the_tier()
    {
        // Round robin: minji has 1, 3, 5, 7 and jisoo 2, 4, 6, 8.
        _store.Assign(["minji", "jisoo"], SliceMethod.RoundRobin);

        Assert.Equal(6L, ClaimInTier(Severity.Error, 0, "jisoo")!.Ord);
        Assert.Equal(7L, ClaimInTier(Severity.Warning, 0, "minji")!.Ord);
        _store.Decide(IdAt(6), DecisionKind.Accept, "target 6", "jisoo");
        Assert.Equal(3L, ClaimInTier(Severity.Error, 0, "jisoo")!.Ord);
    }

    [Fact]
    public void Claims_in_a_tier_under_overlap_never_return_a_pair_to_its_decider_and_serve_started_pairs_first()
    {
        _store.SetOverlap(2);
        var first = ClaimInTier(Severity.Error, 0, "minji")!;
        Assert.Equal(3L, first.Ord);
        Assert.NotNull(_store.DecideOwn(first.Id, null, DecisionKind.Accept, null, "minji"));

        Assert.Equal(6L, ClaimInTier(Severity.Error, 0, "minji")!.Ord);
        // Past 6 in the tier there is nothing, but the pair minji started comes first for jisoo.
        Assert.Equal(3L, ClaimInTier(Severity.Error, 6, "jisoo")!.Ord);
        Assert.NotNull(_store.DecideOwn(IdAt(6), null, DecisionKind.Accept, null, "minji"));
        Assert.Null(ClaimInTier(Severity.Error, 0, "minji"));
    }

    [Fact]
    public void A_tier_follows_replaced_findings()
    {
        _store.ReplaceFindings(IdAt(3), []);

        Assert.Null(_store.FindingTierOf(IdAt(3)));
        Assert.Equal([6L], Walk(Severity.Error));
    }

    private Pair? ClaimInTier(Severity? tier, long afterOrd, string annotator) =>
        _store.ClaimNextPendingInTier(tier, afterOrd, annotator, TimeSpan.FromMinutes(5));

    private List<long> Walk(Severity? tier)
    {
        var ords = new List<long>();
        for (var ord = 0L; _store.NextInTier(tier, ord) is { } pair; ord = pair.Ord)
        {
            ords.Add(pair.Ord);
        }
        return ords;
    }

    private void Give(int ord, params Severity[] severities) =>
        _store.ReplaceFindings(IdAt(ord), severities.Select(s => new Finding("check", s, "m", [], [])).ToList());
}
