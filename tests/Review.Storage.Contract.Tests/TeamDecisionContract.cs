using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

/// <summary>What every backend must do for agreement and adjudication (<see cref="ITeamDecisions"/>).</summary>
public abstract class TeamDecisionContract : IDisposable
{
    private readonly StoreFixture _fixture;
    private readonly IReviewStore _ana;
    private readonly IReviewStore _ben;

    protected TeamDecisionContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _ana = fixture.Open();
        _ben = fixture.Open();
        SampleCorpus.Import(_ana, 4);
    }

    private PairId IdAt(long ord) => _ana.FindByOrd(ord)!.Id;

    public void Dispose()
    {
        _ana.Dispose();
        _ben.Dispose();
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void The_history_comes_pair_by_pair_in_corpus_order_oldest_first_with_undos()
    {
        var late = _ben.Decide(IdAt(3), DecisionKind.Reject, null, "ben");
        var early = _ana.Decide(IdAt(1), DecisionKind.Accept, null, "ana");
        var edit = _ana.Decide(IdAt(3), DecisionKind.Edit, "고침", "ana");
        var undo = _ana.Undo("ana")!;

        var history = _ben.HistoryInCorpusOrder().ToList();

        Assert.Equal([early, late, edit, undo], history);
    }

    [Fact]
    public void An_adjudication_is_stored_with_its_role_and_becomes_the_effective_decision()
    {
        var ana = _ana.Decide(IdAt(2), DecisionKind.Accept, null, "ana");
        var ben = _ben.Decide(IdAt(2), DecisionKind.Edit, "ben", "ben");

        var final = _ana.Adjudicate(IdAt(2), ben.Id, DecisionKind.Edit, "final", "lead", "settled")!;

        Assert.Equal((DecisionRole.Adjudication, ben.Id, "final", "settled"), (final.Role, final.Supersedes, final.FinalTarget, final.Note));
        Assert.Equal(final, _ben.EffectiveDecision(IdAt(2)));
        Assert.Equal(PairStatus.Edited, _ben.StatusOf(IdAt(2)));
        Assert.Equal([ana, ben, final], _ben.History(IdAt(2)));
        Assert.Equal([DecisionRole.Annotation, DecisionRole.Annotation, DecisionRole.Adjudication], _ben.HistoryInCorpusOrder().Select(d => d.Role));
    }

    [Fact]
    public void An_adjudication_is_refused_when_the_pair_moved_on_or_someone_else_holds_it()
    {
        var ana = _ana.Decide(IdAt(2), DecisionKind.Accept, null, "ana");
        Assert.Null(_ana.Adjudicate(IdAt(2), null, DecisionKind.Reject, null, "lead"));
        Assert.True(_ben.TryClaim(IdAt(2), "ben", TimeSpan.FromMinutes(5)));
        Assert.Null(_ana.Adjudicate(IdAt(2), ana.Id, DecisionKind.Reject, null, "lead"));

        Assert.Equal([ana], _ana.History(IdAt(2)));
    }
}
