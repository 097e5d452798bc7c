using Review.Core.Pairs;
using Review.Core.Ports;
using Review.Tests.Shared;

namespace Review.Storage.Contract.Tests;

/// <summary>The team queue: no pair to two annotators at once, overlap, slices and colleagues.</summary>
public abstract class WorkQueueContract : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly StoreFixture _fixture;
    private readonly IReviewStore _ana;
    private readonly IReviewStore _ben;

    protected WorkQueueContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _ana = _fixture.Open();
        _ben = _fixture.Open();
        SampleCorpus.Import(_ana, 6);
    }

    public void Dispose()
    {
        _ana.Dispose();
        _ben.Dispose();
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void The_queue_never_hands_out_a_pair_a_colleague_holds_or_has_decided()
    {
        var first = _ana.ClaimNextFor(0, "ana", Lease)!;
        var second = _ben.ClaimNextFor(0, "ben", Lease)!;
        Assert.Equal(1, first.Ord);
        Assert.Equal(2, second.Ord);

        _ana.DecideIfCurrent(first.Id, null, DecisionKind.Accept, null, "ana");
        _ben.DecideIfCurrent(second.Id, null, DecisionKind.Accept, null, "ben");
        Assert.Equal(3, _ana.ClaimNextFor(first.Ord, "ana", Lease)!.Ord);
        Assert.Equal(6, _ben.ClaimNextFor(5, "ben", Lease)!.Ord);
        // Wrapping around, ben passes by the decided pairs 1 and 2 and ana's pair 3.
        Assert.Equal(4, _ben.ClaimNextFor(6, "ben", Lease)!.Ord);
        Assert.Equal(1, _ana.Colleagues("ana"));
        Assert.Equal("ana", _ben.ClaimedBy(_ana.FindByOrd(3)!.Id));
    }

    [Fact]
    public void A_renewed_lease_stays_with_its_holder_and_a_taken_one_is_refused()
    {
        var pair = _ana.ClaimNextFor(0, "ana", Lease)!;
        Assert.True(_ana.RenewClaim(pair.Id, "ana", Lease));
        Assert.False(_ben.RenewClaim(pair.Id, "ben", Lease));
        Assert.Equal("ana", _ben.ClaimedBy(pair.Id));
        _ana.ReleaseClaims("ana");
        Assert.Equal(0, _ben.Colleagues("ben"));
        Assert.True(_ben.RenewClaim(pair.Id, "ben", Lease));
    }

    [Fact]
    public void Under_overlap_each_pair_goes_to_k_different_annotators_and_is_done_after_the_kth()
    {
        _ana.SetOverlap(2);
        Assert.Equal(2, _ben.Overlap());
        var pair = _ana.ClaimNextFor(0, "ana", Lease)!;
        Assert.NotNull(_ana.DecideOwn(pair.Id, null, DecisionKind.Accept, null, "ana"));
        Assert.Equal(PairStatus.Pending, _ben.StatusOf(pair.Id));
        Assert.Equal(1, _ben.DecisionCount(pair.Id));
        Assert.Null(_ben.OwnDecision(pair.Id, "ben"));

        // Never again for ana; once she moves on, the started pair comes first for _ben.
        Assert.NotEqual(pair.Id, _ana.ClaimNextFor(0, "ana", Lease)!.Id);
        Assert.Equal(pair.Id, _ben.ClaimNextFor(3, "ben", Lease)!.Id);
        var benDecision = _ben.DecideOwn(pair.Id, null, DecisionKind.Reject, null, "ben", "wrong");
        Assert.NotNull(benDecision);
        Assert.Equal(PairStatus.Rejected, _ana.StatusOf(pair.Id));
        Assert.Equal(benDecision!.Id, _ana.EffectiveDecision(pair.Id)!.Id);
        Assert.Equal(DecisionKind.Accept, _ana.OwnDecision(pair.Id, "ana")!.Kind);

        // A third annotator is refused: the pair has its two decisions.
        Assert.Null(_ana.DecideOwn(pair.Id, null, DecisionKind.Accept, null, "cy"));
        // ben's undo gives the pair back to the queue with ana's decision still in force.
        Assert.Equal(benDecision.Id, _ben.UndoOwn("ben")!.Supersedes);
        Assert.Equal(PairStatus.Pending, _ana.StatusOf(pair.Id));
        Assert.Equal(1, _ana.DecisionCount(pair.Id));
    }

    [Fact]
    public void A_decision_under_overlap_is_refused_when_the_annotators_own_decision_moved_on()
    {
        _ana.SetOverlap(2);
        var pair = _ana.FindByOrd(1)!;
        var first = _ana.DecideOwn(pair.Id, null, DecisionKind.Accept, null, "ana")!;
        Assert.Null(_ana.DecideOwn(pair.Id, null, DecisionKind.Skip, null, "ana"));
        var revised = _ana.DecideOwn(pair.Id, first.Id, DecisionKind.Edit, "better", "ana")!;
        Assert.Equal(first.Id, revised.Supersedes);
        Assert.Equal(1, _ana.DecisionCount(pair.Id));
    }

    [Fact]
    public void Overlap_cannot_change_once_a_decision_is_recorded()
    {
        _ana.DecideIfCurrent(_ana.FindByOrd(1)!.Id, null, DecisionKind.Accept, null, "ana");
        Assert.Throws<InvalidOperationException>(() => _ben.SetOverlap(3));
        Assert.Equal(1, _ben.Overlap());
    }

    [Fact]
    public void Slices_are_served_first_then_anything_left()
    {
        var counts = _ana.Assign(["ana", "ben"], SliceMethod.Blocks);
        Assert.Equal(3, counts["ana"]);
        Assert.Equal(3, counts["ben"]);
        Assert.Equal(4, _ben.ClaimNextFor(0, "ben", Lease)!.Ord);

        _ana.Assign(["ana", "ben"], SliceMethod.RoundRobin);
        Assert.Equal(2, _ben.ClaimNextFor(0, "ben", Lease)!.Ord);
        foreach (var ord in new[] { 2, 4, 6 })
        {
            _ben.DecideIfCurrent(_ben.FindByOrd(ord)!.Id, null, DecisionKind.Accept, null, "ben");
        }
        Assert.Equal(1, _ben.ClaimNextFor(6, "ben", Lease)!.Ord);
    }
}
