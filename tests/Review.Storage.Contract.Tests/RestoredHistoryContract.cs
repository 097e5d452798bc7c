using Review.Core.Agreement;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

/// <summary>
/// What every backend must do when an import restores a pair's whole history (review's LiteDB file,
/// or a JSONL export with decisions): every decision kept, with its undo, role, hunks and note; the
/// pair's status and effective decision as the export said; and the deciders counted, so that the
/// queue never hands a restored pair to an annotator who already decided it.
/// </summary>
public abstract class RestoredHistoryContract : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly StoreFixture _fixture;
    private readonly IReviewStore _store;

    protected RestoredHistoryContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _store = fixture.Open();
    }

    public void Dispose()
    {
        _store.Dispose();
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void A_restored_history_keeps_every_decision_and_the_queue_respects_its_deciders()
    {
        PairId adjudicated, started, untouched;
        IReadOnlyList<Decision> stored;
        using (var batch = _store.BeginImport("r.jsonl", "hash-r", "jsonl", "en", "ko"))
        {
            adjudicated = batch.Add(new NewPair(SampleCorpus.Record(1, "r")));
            started = batch.Add(new NewPair(SampleCorpus.Record(2, "r")));
            untouched = batch.Add(new NewPair(SampleCorpus.Record(3, "r")));
            stored = batch.AddHistory(adjudicated,
            [
                new Decision(10, default, DecisionKind.Accept, "첫 답", "ana", At, null, null),
                new Decision(11, default, DecisionKind.Undo, null, "ana", At.AddSeconds(1), null, 10),
                new Decision(12, default, DecisionKind.Edit, "아나의 답", "ana", At.AddSeconds(2), "메모", null) { Hunks = "1/2" },
                new Decision(13, default, DecisionKind.Edit, "벤의 답", "ben", At.AddSeconds(3), null, null),
                new Decision(14, default, DecisionKind.Edit, "최종 답", "lead", At.AddSeconds(4), null, null) { Role = DecisionRole.Adjudication },
            ], 14);
            // Under overlap 2 only ana decided this one: it stays pending, with one decider.
            batch.AddHistory(started, [new Decision(20, default, DecisionKind.Reject, null, "ana", At, "왜", null)], null);
            batch.Commit();
        }

        var history = _store.History(adjudicated);
        Assert.Equal(stored.Select(d => d.Id), history.Select(d => d.Id));
        Assert.Equal(
            [DecisionKind.Accept, DecisionKind.Undo, DecisionKind.Edit, DecisionKind.Edit, DecisionKind.Edit],
            history.Select(d => d.Kind));
        Assert.Equal(history[0].Id, history[1].Supersedes);
        Assert.Equal(("1/2", "메모", At.AddSeconds(2)), (history[2].Hunks, history[2].Note, history[2].At));
        Assert.Equal(DecisionRole.Adjudication, history[4].Role);
        Assert.Equal((PairStatus.Edited, history[4].Id), (_store.StatusOf(adjudicated), _store.EffectiveDecision(adjudicated)!.Id));

        var current = CurrentDecisions.Of(adjudicated, history);
        Assert.Equal([("ana", "아나의 답"), ("ben", "벤의 답")], current.Annotations.Select(d => (d.Annotator, d.FinalTarget!)));
        Assert.Equal("최종 답", current.Adjudication!.FinalTarget);

        Assert.Equal(PairStatus.Pending, _store.StatusOf(started));
        Assert.Null(_store.EffectiveDecision(started));
        Assert.Equal(1, _store.DecisionCount(started));
        Assert.Equal(DecisionKind.Reject, _store.OwnDecision(started, "ana")!.Kind);
        Assert.Equal((1, 2), (_store.StatusCounts()[PairStatus.Edited], _store.StatusCounts()[PairStatus.Pending]));

        // ana decided the started pair, so the queue passes it by for her; ben gets it.
        Assert.Equal(untouched, _store.ClaimNextFor(0, "ana", Lease)!.Id);
        Assert.Equal(started, _store.ClaimNextFor(0, "ben", Lease)!.Id);
    }

    [Fact]
    public void A_history_that_is_not_one_is_refused()
    {
        using var batch = _store.BeginImport("r.jsonl", "hash-r", "jsonl", "en", "ko");
        var pair = batch.Add(new NewPair(SampleCorpus.Record(1, "r")));

        Assert.Throws<ArgumentException>(() => batch.AddHistory(pair, [new Decision(1, default, DecisionKind.Undo, null, "ana", At, null, 7)], null));
        Assert.Throws<ArgumentException>(() => batch.AddHistory(pair, [new Decision(1, default, DecisionKind.Edit, null, "ana", At, null, null)], 1));
        Assert.Throws<ArgumentException>(() => batch.AddHistory(pair, [new Decision(1, default, DecisionKind.Skip, null, "ana", At, null, null)], 2));
    }
}
