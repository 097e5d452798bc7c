using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class DecisionContract : IDisposable
{

    private readonly StoreFixture fixture;
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly IReviewStore store;

    protected DecisionContract(StoreFixture fixture)
    {
        this.fixture = fixture;
        store = fixture.Open(clock);
        SampleCorpus.Import(store, 4);
    }

    /// <summary>Ids are the store's own; tests name pairs by their place in corpus order.</summary>
    private PairId IdAt(long ord) => store.FindByOrd(ord)!.Id;

    private PairId Two => IdAt(2);

    private PairId Three => IdAt(3);

    public void Dispose()
    {
        store.Dispose();
        fixture.Dispose();
    }

    [Theory]
    [InlineData(DecisionKind.Accept, null, PairStatus.Accepted, "target 2")]
    [InlineData(DecisionKind.TakeSuggestion, null, PairStatus.Fixed, "suggestion 2")]
    [InlineData(DecisionKind.Edit, "고친 번역", PairStatus.Edited, "고친 번역")]
    [InlineData(DecisionKind.Reject, null, PairStatus.Rejected, "target 2")]
    [InlineData(DecisionKind.Skip, null, PairStatus.Skipped, "target 2")]
    public void Each_kind_sets_its_status_and_final_target(DecisionKind kind, string? text, PairStatus status, string finalTarget)
    {
        var decision = store.Decide(Two, kind, text, "ana", "a note");

        Assert.Equal(status, store.StatusOf(Two));
        Assert.Equal(finalTarget, store.FinalTarget(Two));
        Assert.Equal(decision, store.EffectiveDecision(Two));
        Assert.Equal((Two, kind, "ana", "a note", clock.Now), (decision.PairId, decision.Kind, decision.Annotator, decision.Note, decision.At));
    }

    [Fact]
    public void A_pending_pair_has_no_effective_decision_and_its_target_is_final()
    {
        Assert.Equal(PairStatus.Pending, store.StatusOf(Three));
        Assert.Null(store.EffectiveDecision(Three));
        Assert.Equal("target 3", store.FinalTarget(Three));
        Assert.Empty(store.History(Three));
    }

    [Fact]
    public void A_new_decision_supersedes_the_effective_one_and_history_keeps_both()
    {
        var first = store.Decide(Two, DecisionKind.Accept, null, "ana");
        var second = store.Decide(Two, DecisionKind.Edit, "better", "ben");

        Assert.Null(first.Supersedes);
        Assert.Equal(first.Id, second.Supersedes);
        Assert.Equal([first, second], store.History(Two));
        Assert.Equal(PairStatus.Edited, store.StatusOf(Two));
    }

    [Fact]
    public void Undo_restores_the_previous_status_step_by_step_and_never_deletes()
    {
        var accept = store.Decide(Two, DecisionKind.Accept, null, "ana");
        var edit = store.Decide(Two, DecisionKind.Edit, "better", "ana");

        var firstUndo = store.Undo("ana")!;
        Assert.Equal((DecisionKind.Undo, edit.Id, Two), (firstUndo.Kind, firstUndo.Supersedes, firstUndo.PairId));
        Assert.Equal(PairStatus.Accepted, store.StatusOf(Two));
        Assert.Equal(accept, store.EffectiveDecision(Two));
        Assert.Equal("target 2", store.FinalTarget(Two));

        var secondUndo = store.Undo("ana")!;
        Assert.Equal(accept.Id, secondUndo.Supersedes);
        Assert.Equal(PairStatus.Pending, store.StatusOf(Two));
        Assert.Null(store.EffectiveDecision(Two));

        Assert.Null(store.Undo("ana"));
        Assert.Equal([accept, edit, firstUndo, secondUndo], store.History(Two));
    }

    [Fact]
    public void Undo_walks_back_across_pairs_in_the_order_decided()
    {
        store.Decide(Two, DecisionKind.Reject, null, "ana");
        store.Decide(Three, DecisionKind.Skip, null, "ana");

        Assert.Equal(Three, store.Undo("ana")!.PairId);
        Assert.Equal(PairStatus.Pending, store.StatusOf(Three));
        Assert.Equal(PairStatus.Rejected, store.StatusOf(Two));
        Assert.Equal(Two, store.Undo("ana")!.PairId);
        Assert.Equal(PairStatus.Pending, store.StatusOf(Two));
    }

    [Fact]
    public void Undo_only_touches_the_annotators_own_decisions_still_in_effect()
    {
        store.Decide(Two, DecisionKind.Accept, null, "ana");
        store.Decide(Three, DecisionKind.Reject, null, "ana");
        var bens = store.Decide(Three, DecisionKind.Edit, "ben's text", "ben");

        var undo = store.Undo("ana")!;

        Assert.Equal(Two, undo.PairId);
        Assert.Equal(PairStatus.Pending, store.StatusOf(Two));
        Assert.Equal(bens, store.EffectiveDecision(Three));
        Assert.Null(store.Undo("carla"));
    }

    [Fact]
    public void Deciding_again_after_an_undo_supersedes_the_restored_decision()
    {
        var accept = store.Decide(Two, DecisionKind.Accept, null, "ana");
        store.Decide(Two, DecisionKind.Reject, null, "ana");
        store.Undo("ana");

        var skip = store.Decide(Two, DecisionKind.Skip, null, "ana");

        Assert.Equal(accept.Id, skip.Supersedes);
        store.Undo("ana");
        Assert.Equal(PairStatus.Accepted, store.StatusOf(Two));
    }

    [Fact]
    public void A_decision_keeps_the_hunks_it_took()
    {
        var decision = store.DecideIfCurrent(Two, null, DecisionKind.Edit, "절반만 고친 번역", "ana", hunks: "1,3/4")!;

        Assert.Equal("1,3/4", decision.Hunks);
        Assert.Equal("1,3/4", store.EffectiveDecision(Two)!.Hunks);
        Assert.Null(store.Decide(Three, DecisionKind.Accept, null, "ana").Hunks);
    }

    [Fact]
    public void Decide_if_current_records_only_while_the_pair_is_as_the_annotator_saw_it()
    {
        var first = store.DecideIfCurrent(Two, null, DecisionKind.Accept, null, "ana")!;

        Assert.Null(store.DecideIfCurrent(Two, null, DecisionKind.Reject, null, "ben"));
        Assert.Equal(PairStatus.Accepted, store.StatusOf(Two));
        var second = store.DecideIfCurrent(Two, first.Id, DecisionKind.Reject, null, "ben")!;
        Assert.Equal(first.Id, second.Supersedes);
        Assert.Equal(2, store.History(Two).Count);
    }

    [Fact]
    public void Decide_if_current_refuses_a_pair_someone_else_has_claimed()
    {
        store.TryClaim(Three, "ana", TimeSpan.FromMinutes(5));

        Assert.Null(store.DecideIfCurrent(Three, null, DecisionKind.Skip, null, "ben"));
        Assert.NotNull(store.DecideIfCurrent(Three, null, DecisionKind.Skip, null, "ana"));
        Assert.Equal(PairStatus.Skipped, store.StatusOf(Three));
    }

    [Fact]
    public void Given_text_overrides_accept_and_take_suggestion()
    {
        store.Decide(Two, DecisionKind.TakeSuggestion, "suggestion 2, tidied", "ana");

        Assert.Equal("suggestion 2, tidied", store.FinalTarget(Two));
    }

    [Fact]
    public void Invalid_decisions_are_refused_and_record_nothing()
    {
        Assert.Throws<ArgumentException>(() => store.Decide(Two, DecisionKind.Undo, null, "ana"));
        Assert.Throws<ArgumentException>(() => store.Decide(Two, DecisionKind.Edit, null, "ana"));
        Assert.Throws<ArgumentException>(() => store.Decide(Three, DecisionKind.TakeSuggestion, null, "ana"));
        Assert.Throws<ArgumentException>(() => store.Decide(new PairId(99), DecisionKind.Accept, null, "ana"));
        Assert.Throws<ArgumentException>(() => store.StatusOf(new PairId(99)));

        Assert.Empty(store.History(Two));
        Assert.Empty(store.History(Three));
    }
}
