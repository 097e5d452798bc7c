using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class DecisionContract : IDisposable
{

    private readonly StoreFixture _fixture;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly IReviewStore _store;

    protected DecisionContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _store = fixture.Open(_clock);
        SampleCorpus.Import(_store, 4);
    }

    /// <summary>Ids are the store's own; tests name pairs by their place in corpus order.</summary>
    private PairId IdAt(long ord) => _store.FindByOrd(ord)!.Id;

    private PairId Two => IdAt(2);

    private PairId Three => IdAt(3);

    public void Dispose()
    {
        _store.Dispose();
        _fixture.Dispose();
    }

    [Theory]
    [InlineData(DecisionKind.Accept, null, PairStatus.Accepted, "target 2")]
    [InlineData(DecisionKind.TakeSuggestion, null, PairStatus.Fixed, "suggestion 2")]
    [InlineData(DecisionKind.Edit, "고친 번역", PairStatus.Edited, "고친 번역")]
    [InlineData(DecisionKind.Reject, null, PairStatus.Rejected, "target 2")]
    [InlineData(DecisionKind.Skip, null, PairStatus.Skipped, "target 2")]
    public void Each_kind_sets_its_status_and_final_target(DecisionKind kind, string? text, PairStatus status, string finalTarget)
    {
        var decision = _store.Decide(Two, kind, text, "ana", "a note");

        Assert.Equal(status, _store.StatusOf(Two));
        Assert.Equal(finalTarget, _store.FinalTarget(Two));
        Assert.Equal(decision, _store.EffectiveDecision(Two));
        Assert.Equal((Two, kind, "ana", "a note", _clock.Now), (decision.PairId, decision.Kind, decision.Annotator, decision.Note, decision.At));
    }

    [Fact]
    public void A_pending_pair_has_no_effective_decision_and_its_target_is_final()
    {
        Assert.Equal(PairStatus.Pending, _store.StatusOf(Three));
        Assert.Null(_store.EffectiveDecision(Three));
        Assert.Equal("target 3", _store.FinalTarget(Three));
        Assert.Empty(_store.History(Three));
    }

    [Fact]
    public void A_new_decision_supersedes_the_effective_one_and_history_keeps_both()
    {
        var first = _store.Decide(Two, DecisionKind.Accept, null, "ana");
        var second = _store.Decide(Two, DecisionKind.Edit, "better", "ben");

        Assert.Null(first.Supersedes);
        Assert.Equal(first.Id, second.Supersedes);
        Assert.Equal([first, second], _store.History(Two));
        Assert.Equal(PairStatus.Edited, _store.StatusOf(Two));
    }

    [Fact]
    public void Undo_restores_the_previous_status_step_by_step_and_never_deletes()
    {
        var accept = _store.Decide(Two, DecisionKind.Accept, null, "ana");
        var edit = _store.Decide(Two, DecisionKind.Edit, "better", "ana");

        var firstUndo = _store.Undo("ana")!;
        Assert.Equal((DecisionKind.Undo, edit.Id, Two), (firstUndo.Kind, firstUndo.Supersedes, firstUndo.PairId));
        Assert.Equal(PairStatus.Accepted, _store.StatusOf(Two));
        Assert.Equal(accept, _store.EffectiveDecision(Two));
        Assert.Equal("target 2", _store.FinalTarget(Two));

        var secondUndo = _store.Undo("ana")!;
        Assert.Equal(accept.Id, secondUndo.Supersedes);
        Assert.Equal(PairStatus.Pending, _store.StatusOf(Two));
        Assert.Null(_store.EffectiveDecision(Two));

        Assert.Null(_store.Undo("ana"));
        Assert.Equal([accept, edit, firstUndo, secondUndo], _store.History(Two));
    }

    [Fact]
    public void Undo_walks_back_across_pairs_in_the_order_decided()
    {
        _store.Decide(Two, DecisionKind.Reject, null, "ana");
        _store.Decide(Three, DecisionKind.Skip, null, "ana");

        Assert.Equal(Three, _store.Undo("ana")!.PairId);
        Assert.Equal(PairStatus.Pending, _store.StatusOf(Three));
        Assert.Equal(PairStatus.Rejected, _store.StatusOf(Two));
        Assert.Equal(Two, _store.Undo("ana")!.PairId);
        Assert.Equal(PairStatus.Pending, _store.StatusOf(Two));
    }

    [Fact]
    public void Undo_only_touches_the_annotators_own_decisions_still_in_effect()
    {
        _store.Decide(Two, DecisionKind.Accept, null, "ana");
        _store.Decide(Three, DecisionKind.Reject, null, "ana");
        var bens = _store.Decide(Three, DecisionKind.Edit, "ben's text", "ben");

        var undo = _store.Undo("ana")!;

        Assert.Equal(Two, undo.PairId);
        Assert.Equal(PairStatus.Pending, _store.StatusOf(Two));
        Assert.Equal(bens, _store.EffectiveDecision(Three));
        Assert.Null(_store.Undo("carla"));
    }

    [Fact]
    public void Deciding_again_after_an_undo_supersedes_the_restored_decision()
    {
        var accept = _store.Decide(Two, DecisionKind.Accept, null, "ana");
        _store.Decide(Two, DecisionKind.Reject, null, "ana");
        _store.Undo("ana");

        var skip = _store.Decide(Two, DecisionKind.Skip, null, "ana");

        Assert.Equal(accept.Id, skip.Supersedes);
        _store.Undo("ana");
        Assert.Equal(PairStatus.Accepted, _store.StatusOf(Two));
    }

    [Fact]
    public void A_decision_keeps_the_hunks_it_took()
    {
        var decision = _store.DecideIfCurrent(Two, null, DecisionKind.Edit, "절반만 고친 번역", "ana", hunks: "1,3/4")!;

        Assert.Equal("1,3/4", decision.Hunks);
        Assert.Equal("1,3/4", _store.EffectiveDecision(Two)!.Hunks);
        Assert.Null(_store.Decide(Three, DecisionKind.Accept, null, "ana").Hunks);
    }

    [Fact]
    public void Decide_if_current_records_only_while_the_pair_is_as_the_annotator_saw_it()
    {
        var first = _store.DecideIfCurrent(Two, null, DecisionKind.Accept, null, "ana")!;

        Assert.Null(_store.DecideIfCurrent(Two, null, DecisionKind.Reject, null, "ben"));
        Assert.Equal(PairStatus.Accepted, _store.StatusOf(Two));
        var second = _store.DecideIfCurrent(Two, first.Id, DecisionKind.Reject, null, "ben")!;
        Assert.Equal(first.Id, second.Supersedes);
        Assert.Equal(2, _store.History(Two).Count);
    }

    [Fact]
    public void Decide_if_current_refuses_a_pair_someone_else_has_claimed()
    {
        _store.TryClaim(Three, "ana", TimeSpan.FromMinutes(5));

        Assert.Null(_store.DecideIfCurrent(Three, null, DecisionKind.Skip, null, "ben"));
        Assert.NotNull(_store.DecideIfCurrent(Three, null, DecisionKind.Skip, null, "ana"));
        Assert.Equal(PairStatus.Skipped, _store.StatusOf(Three));
    }

    [Fact]
    public void Given_text_overrides_accept_and_take_suggestion()
    {
        _store.Decide(Two, DecisionKind.TakeSuggestion, "suggestion 2, tidied", "ana");

        Assert.Equal("suggestion 2, tidied", _store.FinalTarget(Two));
    }

    [Fact]
    public void Invalid_decisions_are_refused_and_record_nothing()
    {
        Assert.Throws<ArgumentException>(() => _store.Decide(Two, DecisionKind.Undo, null, "ana"));
        Assert.Throws<ArgumentException>(() => _store.Decide(Two, DecisionKind.Edit, null, "ana"));
        Assert.Throws<ArgumentException>(() => _store.Decide(Three, DecisionKind.TakeSuggestion, null, "ana"));
        Assert.Throws<ArgumentException>(() => _store.Decide(new PairId(99), DecisionKind.Accept, null, "ana"));
        Assert.Throws<ArgumentException>(() => _store.StatusOf(new PairId(99)));

        Assert.Empty(_store.History(Two));
        Assert.Empty(_store.History(Three));
    }
}
