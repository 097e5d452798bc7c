using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Session;

/// <summary>The adjudicator's walk on a real SQLite file that two annotators decided: pairs 2, 4 and 5 disagree.</summary>
public sealed class AdjudicationTests : IDisposable
{
    private readonly ScratchDatabase _db = new();
    private readonly ReviewStore _store;
    private readonly Adjudication _walk;

    public AdjudicationTests()
    {
        _store = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(_store, 6);
        using (var ben = ReviewStore.Open(_db.Path))
        {
            foreach (var (store, who) in new[] { (_store, "ana"), (ben, "ben") })
            {
                store.Decide(P(1), DecisionKind.Accept, null, who);
                store.Decide(P(3), DecisionKind.Edit, "같은 고침", who);
                store.Decide(P(6), DecisionKind.Skip, null, who);
            }
            _store.Decide(P(2), DecisionKind.Accept, null, "ana");
            ben.Decide(P(2), DecisionKind.Reject, null, "ben");
            _store.Decide(P(4), DecisionKind.Edit, "ana의 고침", "ana");
            ben.Decide(P(4), DecisionKind.Edit, "ben의 고침", "ben");
            _store.Decide(P(5), DecisionKind.Reject, null, "ana");
            ben.Decide(P(5), DecisionKind.Accept, null, "ben");
            ben.Decide(P(6), DecisionKind.Reject, null, "ben");
            // ben's reject of pair 6 is undone: a skip is no judgement, so pair 6 has one and cannot disagree.
            ben.Undo("ben");
        }
        var session = new ReviewSession(_store, "lead", TimeSpan.FromMinutes(5), TimeProvider.System, QueueOrder.Corpus, CheckConfig.Default);
        _walk = Adjudication.Open(_store, session);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    private static PairId P(long ord) => new(ord);

    private long? Go(NavigationKind kind, long from, string? text = null) =>
        _walk.Navigate(new Navigation(kind, from, PairFilter.All, text)).Pair?.Pair.Ord;

    [Fact]
    public void Only_disagreements_are_walked_and_each_is_shown_with_every_annotators_decision()
    {
        Assert.Equal((3, 0), (_walk.Count, _walk.Settled));
        var opening = _walk.Navigate(new Navigation(NavigationKind.Resume, 0, PairFilter.All));
        Assert.Equal(2, opening.Pair!.Pair.Ord);
        Assert.Equal("3 disagreements, 0 adjudicated", opening.Message);
        Assert.Equal(["ana", "ben"], opening.Pair.Team!.Annotations.Select(d => d.Annotator));
        Assert.Equal(4, Go(NavigationKind.Next, 2));
        Assert.Equal(5, Go(NavigationKind.Next, 4));
        Assert.Null(Go(NavigationKind.Next, 5));
        Assert.Equal(4, Go(NavigationKind.Previous, 5));
    }

    [Fact]
    public void After_a_decision_the_walk_goes_to_the_next_one_not_adjudicated_wrapping_round_once()
    {
        var four = _store.EffectiveDecision(P(4))!.Id;
        Assert.NotNull(_walk.Decide(P(4), DecisionKind.Edit, "lead의 고침", null, four).Change);
        Assert.Equal(5, Go(NavigationKind.AfterDecision, 4));

        var five = _store.EffectiveDecision(P(5))!.Id;
        _walk.Decide(P(5), DecisionKind.Accept, null, null, five);
        Assert.Equal(2, Go(NavigationKind.AfterDecision, 5));

        var two = _store.EffectiveDecision(P(2))!.Id;
        _walk.Decide(P(2), DecisionKind.Reject, null, "오역", two);
        var done = _walk.Navigate(new Navigation(NavigationKind.AfterDecision, 2, PairFilter.All));
        Assert.Equal((2L, "all 3 disagreements are adjudicated"), (done.Pair!.Pair.Ord, done.Message));
        Assert.Equal(3, _walk.Settled);
        Assert.Equal(DecisionRole.Adjudication, _store.EffectiveDecision(P(2))!.Role);
    }

    [Fact]
    public void A_stale_adjudication_is_refused_and_the_pair_shown_as_it_now_stands()
    {
        var seen = _store.EffectiveDecision(P(2))!.Id;
        using (var ana = ReviewStore.Open(_db.Path))
        {
            ana.Decide(P(2), DecisionKind.Edit, "ana가 다시", "ana");
        }

        var outcome = _walk.Decide(P(2), DecisionKind.Accept, null, null, seen);

        Assert.Null(outcome.Change);
        Assert.Contains("changed this pair meanwhile", outcome.Refusal);
        Assert.Equal("ana가 다시", outcome.Current!.Team!.Annotations[0].FinalTarget);
        Assert.Equal(0, _walk.Settled);
    }

    [Fact]
    public void Goto_reaches_disagreements_only_and_search_says_what_to_use()
    {
        Assert.Equal(5, Go(NavigationKind.Goto, 2, "p5"));
        var agreed = _walk.Navigate(new Navigation(NavigationKind.Goto, 2, PairFilter.All, "p3"));
        Assert.Null(agreed.Pair);
        Assert.Equal("'p3' is not among the 3 disagreements", agreed.Message);
        Assert.Null(_walk.Navigate(new Navigation(NavigationKind.Search, 2, PairFilter.All, "target")).Pair);
    }

    [Fact]
    public void Undo_takes_the_adjudication_back_and_reopens_the_pair()
    {
        var two = _store.EffectiveDecision(P(2))!.Id;
        _walk.Decide(P(2), DecisionKind.Accept, null, null, two);

        var undo = _walk.Undo()!;

        Assert.Equal(0, _walk.Settled);
        Assert.Null(undo.Shown!.Team!.Adjudication);
        Assert.Equal(PairStatus.Rejected, _store.StatusOf(P(2)));
    }
}
