using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Session;

/// <summary>The session's rules on a real SQLite store, with two annotators as two processes would open it.</summary>
public sealed class ReviewSessionTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly ScratchDatabase db = new();
    private readonly ReviewStore mine;
    private readonly ReviewStore theirs;
    private readonly ReviewSession ana;

    public ReviewSessionTests()
    {
        mine = ReviewStore.Open(db.Path);
        theirs = ReviewStore.Open(db.Path);
        SampleCorpus.Import(mine, 4);
        ana = new ReviewSession(mine, "ana", Lease, TimeProvider.System, QueueOrder.Corpus, CheckConfig.Default);
    }

    public void Dispose()
    {
        mine.Dispose();
        theirs.Dispose();
        db.Dispose();
    }

    [Fact]
    public void A_decision_is_committed_and_reports_the_status_it_changed()
    {
        var outcome = ana.Decide(IdAt(1), DecisionKind.Accept, "target 1", null, expectedDecisionId: null);

        Assert.Equal(new StatusChange(IdAt(1), PairStatus.Pending, PairStatus.Accepted), outcome.Change);
        Assert.Null(outcome.Refusal);
        Assert.Equal(PairStatus.Accepted, theirs.StatusOf(IdAt(1)));
    }

    [Fact]
    public void A_decision_on_a_pair_a_colleague_holds_is_refused_with_their_name_and_records_nothing()
    {
        Assert.True(theirs.TryClaim(IdAt(2), "ben", Lease));

        var outcome = ana.Decide(IdAt(2), DecisionKind.Reject, null, null, expectedDecisionId: null);

        Assert.Null(outcome.Change);
        Assert.Equal("ben is reviewing this pair: your decision was not saved", outcome.Refusal);
        Assert.Equal("ben", outcome.Current!.ClaimedBy);
        Assert.Empty(theirs.History(IdAt(2)));
    }

    [Fact]
    public void A_decision_on_a_pair_decided_since_it_was_shown_is_refused_and_shows_the_pair_as_it_is_now()
    {
        var shown = ana.Load(mine.GetPair(IdAt(3))!);
        theirs.Decide(IdAt(3), DecisionKind.Skip, null, "ben");

        var outcome = ana.Decide(IdAt(3), DecisionKind.Accept, "target 3", null, shown.Effective?.Id);

        Assert.StartsWith("ben changed this pair meanwhile", outcome.Refusal);
        Assert.Equal((PairStatus.Skipped, "ben"), (outcome.Current!.Status, outcome.Current.Effective!.Annotator));
        Assert.Equal(PairStatus.Skipped, theirs.StatusOf(IdAt(3)));
    }

    [Fact]
    public void Undo_reports_the_status_it_gave_back_and_nothing_is_left_after_it()
    {
        ana.Decide(IdAt(2), DecisionKind.Edit, "고친 번역 2", null, null);

        var undo = ana.Undo()!;

        Assert.Equal(new StatusChange(IdAt(2), PairStatus.Edited, PairStatus.Pending), undo.Change);
        Assert.Equal((IdAt(2), PairStatus.Pending), (undo.Shown!.Pair.Id, undo.Shown.Status));
        Assert.Null(ana.Undo());
    }

    [Fact]
    public void Counts_include_everyones_decisions_and_skipped_pairs_are_neither_done_nor_pending()
    {
        ana.Decide(IdAt(1), DecisionKind.Accept, "target 1", null, null);
        theirs.Decide(IdAt(2), DecisionKind.Reject, null, "ben");
        theirs.Decide(IdAt(3), DecisionKind.Skip, null, "ben");

        Assert.Equal(new ProgressCounts(4, 2, 1, true), ana.Counts());
    }

    [Fact]
    public void The_step_after_deciding_the_last_pair_goes_through_the_queue_to_the_first_pair_still_pending()
    {
        theirs.Decide(IdAt(1), DecisionKind.Accept, null, "ben");
        ana.Decide(IdAt(4), DecisionKind.Accept, "target 4", null, null);

        var outcome = ana.Navigate(new Navigation(NavigationKind.AfterDecision, 4, PairFilter.All));

        Assert.Equal((2L, PairStatus.Pending), (outcome.Pair!.Pair.Ord, outcome.Pair.Status));
        Assert.Equal("ana", theirs.ClaimedBy(IdAt(2)));
    }

    [Fact]
    public void The_step_after_the_last_decision_of_the_corpus_stays_and_says_the_corpus_is_done()
    {
        foreach (var ord in new[] { 1, 2, 3 })
        {
            theirs.Decide(IdAt(ord), DecisionKind.Accept, null, "ben");
        }
        ana.Decide(IdAt(4), DecisionKind.Accept, "target 4", null, null);

        var outcome = ana.Navigate(new Navigation(NavigationKind.AfterDecision, 4, PairFilter.All));

        Assert.Equal((4L, PairStatus.Accepted), (outcome.Pair!.Pair.Ord, outcome.Pair.Status));
        Assert.Equal("the corpus is done, no pair is pending", outcome.Message);
    }

    [Fact]
    public void Next_pending_passes_pairs_decided_or_held_by_colleagues()
    {
        theirs.Decide(IdAt(2), DecisionKind.Accept, null, "ben");
        Assert.True(theirs.TryClaim(IdAt(3), "ben", Lease));

        var outcome = ana.Navigate(new Navigation(NavigationKind.NextPending, 1, PairFilter.All));

        Assert.Equal(4L, outcome.Pair!.Pair.Ord);
    }

    [Fact]
    public void Tab_claims_the_pair_it_hands_out_so_a_colleague_pressing_Tab_gets_another()
    {
        var ben = new ReviewSession(theirs, "ben", Lease, TimeProvider.System);

        var anas = ana.Navigate(new Navigation(NavigationKind.NextPending, 0, PairFilter.All)).Pair!;
        var bens = ben.Navigate(new Navigation(NavigationKind.NextPending, 0, PairFilter.All)).Pair!;

        Assert.Equal((1L, 2L), (anas.Pair.Ord, bens.Pair.Ord));
        Assert.Equal(("ana", "ben"), (theirs.ClaimedBy(anas.Pair.Id), mine.ClaimedBy(bens.Pair.Id)));
        Assert.Null(anas.ClaimedBy);
    }

    [Fact]
    public void A_pair_a_colleague_has_left_is_decided_although_it_was_shown_as_theirs()
    {
        Assert.True(theirs.TryClaim(IdAt(2), "ben", Lease));
        var shown = ana.Load(mine.GetPair(IdAt(2))!);
        theirs.ReleaseClaims("ben");

        var outcome = ana.Decide(IdAt(2), DecisionKind.Accept, "target 2", null, shown.Effective?.Id);

        Assert.Equal("ben", shown.ClaimedBy);
        Assert.Null(outcome.Refusal);
        Assert.Equal(PairStatus.Accepted, theirs.StatusOf(IdAt(2)));
    }

    [Fact]
    public void An_edit_runs_the_checks_again_on_the_new_text()
    {
        Assert.Empty(mine.Findings(IdAt(1)));

        ana.Decide(IdAt(1), DecisionKind.Edit, "target 7", null, null);

        Assert.Contains(mine.Findings(IdAt(1)), f => f.CheckId == NumberCheck.CheckId);
        ana.Undo();
        Assert.DoesNotContain(mine.Findings(IdAt(1)), f => f.CheckId == NumberCheck.CheckId);
    }

    [Fact]
    public void Claiming_a_shown_pair_says_who_else_holds_it_and_releasing_lets_colleagues_in()
    {
        Assert.True(theirs.TryClaim(IdAt(1), "ben", Lease));

        var held = ana.Load(mine.GetPair(IdAt(1))!);

        Assert.Equal("ben", held.ClaimedBy);
        // Nothing new to say: the pair was shown as ben's, and ben keeps it.
        Assert.Null(ana.ClaimIfNew(held));
        Assert.Equal("ben", theirs.ClaimedBy(IdAt(1)));
        Assert.Null(ana.ClaimIfNew(ana.Load(mine.GetPair(IdAt(2))!)));
        Assert.Equal("ana", theirs.ClaimedBy(IdAt(2)));
        ana.ReleaseClaims();
        Assert.Null(theirs.ClaimedBy(IdAt(2)));
    }

    [Fact]
    public void A_session_resumes_where_the_annotator_left_off()
    {
        ana.SavePosition(ana.Load(mine.GetPair(IdAt(3))!));
        var again = new ReviewSession(theirs, "ana", Lease, TimeProvider.System);

        var outcome = again.Navigate(new Navigation(NavigationKind.Resume, 0, PairFilter.All));

        Assert.Equal(3L, outcome.Pair!.Pair.Ord);
    }

    private PairId IdAt(long ord) => mine.FindByOrd(ord)!.Id;
}
