using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Session;

/// <summary>A session under overlap 2 on a real SQLite store, with colleagues as other processes would open it.</summary>
public sealed class OverlapSessionTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly ScratchDatabase _db = new();
    private readonly ReviewStore _mine;
    private readonly ReviewStore _theirs;
    private readonly ReviewSession _ana;

    public OverlapSessionTests()
    {
        _mine = ReviewStore.Open(_db.Path);
        _theirs = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(_mine, 4);
        _mine.SetOverlap(2);
        _ana = new ReviewSession(_mine, "ana", Lease, TimeProvider.System, QueueOrder.Corpus, CheckConfig.Default);
    }

    public void Dispose()
    {
        _mine.Dispose();
        _theirs.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Each_annotator_sees_only_their_own_decision_and_how_many_of_the_two_are_in()
    {
        _theirs.DecideOwn(IdAt(1), null, DecisionKind.Reject, null, "ben");

        var shown = _ana.Load(_mine.GetPair(IdAt(1))!);

        Assert.Equal((PairStatus.Pending, null, 1, 2), (shown.Status, shown.Effective, shown.DecisionCount, shown.Overlap));
        var outcome = _ana.Decide(IdAt(1), DecisionKind.Accept, "target 1", null, expectedDecisionId: null);
        Assert.Equal(new StatusChange(IdAt(1), PairStatus.Pending, PairStatus.Accepted), outcome.Change);
        var after = _ana.Load(_mine.GetPair(IdAt(1))!);
        Assert.Equal((DecisionKind.Accept, "ana", 2), (after.Effective!.Kind, after.Effective.Annotator, after.DecisionCount));
    }

    [Fact]
    public void A_third_decision_is_refused_with_what_is_true_now()
    {
        var shown = _ana.Load(_mine.GetPair(IdAt(2))!);
        _theirs.DecideOwn(IdAt(2), null, DecisionKind.Accept, null, "ben");
        _theirs.DecideOwn(IdAt(2), null, DecisionKind.Accept, null, "cy");

        var outcome = _ana.Decide(IdAt(2), DecisionKind.Skip, null, null, shown.Effective?.Id);

        Assert.Equal("this pair already has its 2 decisions: yours was not saved", outcome.Refusal);
        Assert.Equal(2, _theirs.History(IdAt(2)).Count);
    }

    [Fact]
    public void The_step_after_a_decision_goes_to_a_pair_a_colleague_started_but_never_to_one_this_annotator_decided()
    {
        _theirs.DecideOwn(IdAt(3), null, DecisionKind.Accept, null, "ben");
        _ana.Decide(IdAt(1), DecisionKind.Accept, "target 1", null, null);

        var next = _ana.Navigate(new Navigation(NavigationKind.AfterDecision, 1, PairFilter.All));
        Assert.Equal(3, next.Pair!.Pair.Ord);
        _ana.Decide(IdAt(3), DecisionKind.Accept, "target 3", null, null);
        Assert.Equal(4, _ana.Navigate(new Navigation(NavigationKind.AfterDecision, 3, PairFilter.All)).Pair!.Pair.Ord);
    }

    [Fact]
    public void Undo_cancels_only_this_annotators_decision()
    {
        _theirs.DecideOwn(IdAt(4), null, DecisionKind.Reject, null, "ben");
        _ana.Decide(IdAt(4), DecisionKind.Accept, "target 4", null, null);
        Assert.Equal(PairStatus.Accepted, _theirs.StatusOf(IdAt(4)));

        var undo = _ana.Undo()!;

        Assert.Equal(new StatusChange(IdAt(4), PairStatus.Accepted, PairStatus.Pending), undo.Change);
        Assert.Equal(DecisionKind.Reject, _theirs.OwnDecision(IdAt(4), "ben")!.Kind);
        Assert.Null(undo.Shown!.Effective);
    }

    [Fact]
    public void The_live_view_counts_everyones_work_and_colleagues_holding_a_lease()
    {
        var shown = _ana.Load(_mine.GetPair(IdAt(1))!);
        _theirs.TryClaim(IdAt(2), "ben", Lease);
        _theirs.DecideOwn(IdAt(1), null, DecisionKind.Accept, null, "ben");

        var live = _ana.Live(shown);

        Assert.Equal((1, 1), (live.Colleagues, live.Shown!.DecisionCount));
        Assert.Equal(new ProgressCounts(4, 0, 4, true), live.Counts);
    }

    private PairId IdAt(long ord) => _mine.FindByOrd(ord)!.Id;
}
