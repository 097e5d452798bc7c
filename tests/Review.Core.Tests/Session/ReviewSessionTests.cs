using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Session;

/// <summary>The session's rules on a real SQLite store, with two annotators as two processes would open it.</summary>
public sealed class ReviewSessionTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly ScratchDatabase _db = new();
    private readonly ReviewStore _mine;
    private readonly ReviewStore _theirs;
    private readonly ReviewSession _ana;

    public ReviewSessionTests()
    {
        _mine = ReviewStore.Open(_db.Path);
        _theirs = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(_mine, 4);
        _ana = new ReviewSession(_mine, "ana", Lease, TimeProvider.System, QueueOrder.Corpus, CheckConfig.Default);
    }

    public void Dispose()
    {
        _mine.Dispose();
        _theirs.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void A_decision_is_committed_and_reports_the_status_it_changed()
    {
        var outcome = _ana.Decide(IdAt(1), DecisionKind.Accept, "target 1", null, expectedDecisionId: null);

        Assert.Equal(new StatusChange(IdAt(1), PairStatus.Pending, PairStatus.Accepted), outcome.Change);
        Assert.Null(outcome.Refusal);
        Assert.Equal(PairStatus.Accepted, _theirs.StatusOf(IdAt(1)));
    }

    [Fact]
    public void A_decision_on_a_pair_a_colleague_holds_is_refused_with_their_name_and_records_nothing()
    {
        Assert.True(_theirs.TryClaim(IdAt(2), "ben", Lease));

        var outcome = _ana.Decide(IdAt(2), DecisionKind.Reject, null, null, expectedDecisionId: null);

        Assert.Null(outcome.Change);
        Assert.Equal("ben is reviewing this pair: your decision was not saved", outcome.Refusal);
        Assert.Equal("ben", outcome.Current!.ClaimedBy);
        Assert.Empty(_theirs.History(IdAt(2)));
    }

    [Fact]
    public void A_decision_on_a_pair_decided_since_it_was_shown_is_refused_and_shows_the_pair_as_it_is_now()
    {
        var shown = _ana.Load(_mine.GetPair(IdAt(3))!);
        _theirs.Decide(IdAt(3), DecisionKind.Skip, null, "ben");

        var outcome = _ana.Decide(IdAt(3), DecisionKind.Accept, "target 3", null, shown.Effective?.Id);

        Assert.StartsWith("ben changed this pair meanwhile", outcome.Refusal);
        Assert.Equal((PairStatus.Skipped, "ben"), (outcome.Current!.Status, outcome.Current.Effective!.Annotator));
        Assert.Equal(PairStatus.Skipped, _theirs.StatusOf(IdAt(3)));
    }

    [Fact]
    public void Undo_reports_the_status_it_gave_back_and_nothing_is_left_after_it()
    {
        _ana.Decide(IdAt(2), DecisionKind.Edit, "고친 번역 2", null, null);

        var undo = _ana.Undo()!;

        Assert.Equal(new StatusChange(IdAt(2), PairStatus.Edited, PairStatus.Pending), undo.Change);
        Assert.Equal((IdAt(2), PairStatus.Pending), (undo.Shown!.Pair.Id, undo.Shown.Status));
        Assert.Null(_ana.Undo());
    }

    [Fact]
    public void Counts_include_everyones_decisions_and_skipped_pairs_are_neither_done_nor_pending()
    {
        _ana.Decide(IdAt(1), DecisionKind.Accept, "target 1", null, null);
        _theirs.Decide(IdAt(2), DecisionKind.Reject, null, "ben");
        _theirs.Decide(IdAt(3), DecisionKind.Skip, null, "ben");

        Assert.Equal(new ProgressCounts(4, 2, 1, true), _ana.Counts());
    }

    [Fact]
    public void The_step_after_deciding_the_last_pair_goes_through_the_queue_to_the_first_pair_still_pending()
    {
        _theirs.Decide(IdAt(1), DecisionKind.Accept, null, "ben");
        _ana.Decide(IdAt(4), DecisionKind.Accept, "target 4", null, null);

        var outcome = _ana.Navigate(new Navigation(NavigationKind.AfterDecision, 4, PairFilter.All));

        Assert.Equal((2L, PairStatus.Pending), (outcome.Pair!.Pair.Ord, outcome.Pair.Status));
        Assert.Equal("ana", _theirs.ClaimedBy(IdAt(2)));
    }

    [Fact]
    public void The_step_after_the_last_decision_of_the_corpus_stays_and_says_the_corpus_is_done()
    {
        foreach (var ord in new[] { 1, 2, 3 })
        {
            _theirs.Decide(IdAt(ord), DecisionKind.Accept, null, "ben");
        }
        _ana.Decide(IdAt(4), DecisionKind.Accept, "target 4", null, null);

        var outcome = _ana.Navigate(new Navigation(NavigationKind.AfterDecision, 4, PairFilter.All));

        Assert.Equal((4L, PairStatus.Accepted), (outcome.Pair!.Pair.Ord, outcome.Pair.Status));
        Assert.Equal("the corpus is done, no pair is pending", outcome.Message);
    }

    [Fact]
    public void Next_pending_passes_pairs_decided_or_held_by_colleagues()
    {
        _theirs.Decide(IdAt(2), DecisionKind.Accept, null, "ben");
        Assert.True(_theirs.TryClaim(IdAt(3), "ben", Lease));

        var outcome = _ana.Navigate(new Navigation(NavigationKind.NextPending, 1, PairFilter.All));

        Assert.Equal(4L, outcome.Pair!.Pair.Ord);
    }

    [Fact]
    public void Tab_claims_the_pair_it_hands_out_so_a_colleague_pressing_Tab_gets_another()
    {
        var ben = new ReviewSession(_theirs, "ben", Lease, TimeProvider.System);

        var anas = _ana.Navigate(new Navigation(NavigationKind.NextPending, 0, PairFilter.All)).Pair!;
        var bens = ben.Navigate(new Navigation(NavigationKind.NextPending, 0, PairFilter.All)).Pair!;

        Assert.Equal((1L, 2L), (anas.Pair.Ord, bens.Pair.Ord));
        Assert.Equal(("ana", "ben"), (_theirs.ClaimedBy(anas.Pair.Id), _mine.ClaimedBy(bens.Pair.Id)));
        Assert.Null(anas.ClaimedBy);
    }

    [Fact]
    public void A_pair_a_colleague_has_left_is_decided_although_it_was_shown_as_theirs()
    {
        Assert.True(_theirs.TryClaim(IdAt(2), "ben", Lease));
        var shown = _ana.Load(_mine.GetPair(IdAt(2))!);
        _theirs.ReleaseClaims("ben");

        var outcome = _ana.Decide(IdAt(2), DecisionKind.Accept, "target 2", null, shown.Effective?.Id);

        Assert.Equal("ben", shown.ClaimedBy);
        Assert.Null(outcome.Refusal);
        Assert.Equal(PairStatus.Accepted, _theirs.StatusOf(IdAt(2)));
    }

    [Fact]
    public void An_edit_runs_the_checks_again_on_the_new_text()
    {
        Assert.Empty(_mine.Findings(IdAt(1)));

        _ana.Decide(IdAt(1), DecisionKind.Edit, "target 7", null, null);

        Assert.Contains(_mine.Findings(IdAt(1)), f => f.CheckId == NumberCheck.CheckId);
        _ana.Undo();
        Assert.DoesNotContain(_mine.Findings(IdAt(1)), f => f.CheckId == NumberCheck.CheckId);
    }

    [Fact]
    public void Claiming_a_shown_pair_says_who_else_holds_it_and_releasing_lets_colleagues_in()
    {
        Assert.True(_theirs.TryClaim(IdAt(1), "ben", Lease));

        var held = _ana.Load(_mine.GetPair(IdAt(1))!);

        Assert.Equal("ben", held.ClaimedBy);
        // Nothing new to say: the pair was shown as ben's, and ben keeps it.
        Assert.Null(_ana.ClaimIfNew(held));
        Assert.Equal("ben", _theirs.ClaimedBy(IdAt(1)));
        Assert.Null(_ana.ClaimIfNew(_ana.Load(_mine.GetPair(IdAt(2))!)));
        Assert.Equal("ana", _theirs.ClaimedBy(IdAt(2)));
        _ana.ReleaseClaims();
        Assert.Null(_theirs.ClaimedBy(IdAt(2)));
    }

    [Fact]
    public void A_session_resumes_where_the_annotator_left_off()
    {
        _ana.SavePosition(_ana.Load(_mine.GetPair(IdAt(3))!));
        var again = new ReviewSession(_theirs, "ana", Lease, TimeProvider.System);

        var outcome = again.Navigate(new Navigation(NavigationKind.Resume, 0, PairFilter.All));

        Assert.Equal(3L, outcome.Pair!.Pair.Ord);
    }

    private PairId IdAt(long ord) => _mine.FindByOrd(ord)!.Id;
}
