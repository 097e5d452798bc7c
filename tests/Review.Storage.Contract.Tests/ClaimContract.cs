using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class ClaimContract : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly StoreFixture _fixture;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly IReviewStore _ana;
    private readonly IReviewStore _ben;

    protected ClaimContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _ana = fixture.Open(_clock);
        _ben = fixture.Open(_clock);
        SampleCorpus.Import(_ana, 5);
    }

    /// <summary>Ids are the store's own; tests name pairs by their place in corpus order.</summary>
    private PairId IdAt(long ord) => _ana.FindByOrd(ord)!.Id;

    public void Dispose()
    {
        _ana.Dispose();
        _ben.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public void Positions_resume_per_annotator_across_reopening()
    {
        Assert.Null(_ana.LastPosition("ana"));
        _ana.SavePosition("ana", IdAt(2));
        _ana.SavePosition("ana", IdAt(4));
        _ben.SavePosition("ben", IdAt(1));

        using var reopened = _fixture.Open();

        Assert.Equal(IdAt(4), reopened.LastPosition("ana"));
        Assert.Equal(IdAt(1), reopened.LastPosition("ben"));
    }

    [Fact]
    public void A_live_claim_keeps_others_out_until_it_expires()
    {
        // Leases run on the database's clock, which a test cannot move: a short one, and a real wait.
        var shortLease = TimeSpan.FromMilliseconds(400);
        Assert.True(_ana.TryClaim(IdAt(1), "ana", shortLease));

        Assert.False(_ben.TryClaim(IdAt(1), "ben", Lease));
        Assert.Equal("ana", _ben.ClaimedBy(IdAt(1)));
        Assert.True(_ana.TryClaim(IdAt(1), "ana", shortLease));

        Thread.Sleep(shortLease + TimeSpan.FromMilliseconds(200));

        Assert.Null(_ben.ClaimedBy(IdAt(1)));
        Assert.True(_ben.TryClaim(IdAt(1), "ben", Lease));
        Assert.Equal("ben", _ana.ClaimedBy(IdAt(1)));
    }

    [Fact]
    public void Next_pending_passes_pairs_claimed_by_someone_else()
    {
        _ana.TryClaim(IdAt(1), "ana", Lease);

        Assert.Equal(2, _ben.NextPending(0, "ben")!.Ord);
        Assert.Equal(1, _ana.NextPending(0, "ana")!.Ord);
        Assert.Equal(2, _ben.NextPending(5, "ben")!.Ord);
    }

    [Fact]
    public void Claiming_a_new_pair_releases_the_annotators_previous_claim()
    {
        _ana.TryClaim(IdAt(1), "ana", Lease);
        _ana.TryClaim(IdAt(2), "ana", Lease);

        Assert.Null(_ben.ClaimedBy(IdAt(1)));
        Assert.Equal("ana", _ben.ClaimedBy(IdAt(2)));
    }

    [Fact]
    public void Release_claims_frees_the_annotators_pairs_at_once()
    {
        _ana.TryClaim(IdAt(3), "ana", Lease);

        _ana.ReleaseClaims("ana");

        Assert.Null(_ben.ClaimedBy(IdAt(3)));
        Assert.True(_ben.TryClaim(IdAt(3), "ben", Lease));
    }

    [Fact]
    public void Two_annotators_on_one_file_see_each_others_decisions_at_once()
    {
        _ana.Decide(IdAt(1), DecisionKind.Accept, null, "ana");

        Assert.Equal(PairStatus.Accepted, _ben.StatusOf(IdAt(1)));
        Assert.Equal(2, _ben.NextPending(0, "ben")!.Ord);
    }

    [Fact]
    public void Claim_next_pending_hands_out_the_next_pair_nobody_holds_and_claims_it()
    {
        var first = _ana.ClaimNextPending(0, "ana", Lease)!;
        var second = _ben.ClaimNextPending(0, "ben", Lease)!;

        Assert.Equal((1L, 2L), (first.Ord, second.Ord));
        Assert.Equal(("ana", "ben"), (_ben.ClaimedBy(first.Id), _ana.ClaimedBy(second.Id)));
        // Asking again moves the annotator's one claim on.
        Assert.Equal(3L, _ana.ClaimNextPending(first.Ord, "ana", Lease)!.Ord);
        Assert.Null(_ben.ClaimedBy(first.Id));
    }

    [Fact]
    public void Claim_next_pending_passes_decided_pairs_wraps_and_is_null_when_none_is_left()
    {
        _ben.Decide(IdAt(4), DecisionKind.Accept, null, "ben");
        Assert.True(_ben.TryClaim(IdAt(5), "ben", Lease));

        Assert.Equal(1L, _ana.ClaimNextPending(3, "ana", Lease)!.Ord);
        foreach (var ord in new[] { 1L, 2L, 3L })
        {
            _ben.Decide(IdAt(ord), DecisionKind.Skip, null, "ben");
        }
        Assert.Null(_ana.ClaimNextPending(0, "ana", Lease));
        Assert.Equal(5L, _ben.ClaimNextPending(0, "ben", Lease)!.Ord);
    }

    [Fact]
    public async Task Annotators_asking_for_their_next_pair_at_the_same_moment_each_get_their_own()
    {
        var annotators = Enumerable.Range(1, 4).Select(i => ($"a{i}", _fixture.Open())).ToList();
        try
        {
            using var start = new Barrier(annotators.Count);
            var handed = annotators
                .Select(a => Task.Run(() =>
                {
                    start.SignalAndWait();
                    return a.Item2.ClaimNextPending(0, a.Item1, Lease)!;
                }))
                .ToArray();
            var pairs = await Task.WhenAll(handed);

            Assert.Equal(annotators.Count, pairs.Select(p => p.Id).Distinct().Count());
            Assert.All(annotators.Zip(pairs), x => Assert.Equal(x.First.Item1, _ana.ClaimedBy(x.Second.Id)));
        }
        finally
        {
            annotators.ForEach(a => a.Item2.Dispose());
        }
    }
}
