using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

/// <summary>
/// What every backend must do when a whole corpus is copied in (<c>review migrate</c>): one
/// transaction over several import records, histories that keep their decision numbers and roles,
/// the team's state (changes of alignment, slices, overlap, positions); all of it or nothing, and
/// only into a store without pairs.
/// </summary>
public abstract class RestoreContract : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly StoreFixture _fixture;
    private readonly IReviewStore _store;

    protected RestoreContract(StoreFixture fixture)
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
    public void A_committed_restore_holds_every_import_history_and_team_setting()
    {
        PairId adjudicated, shifted, below, later;
        var change = (AlignmentChange?)null;
        using (var restore = _store.BeginRestore())
        {
            using (var first = restore.BeginImport(new ImportInfo(0, "a.jsonl", "hash-a", "jsonl", "en", "ko", 0, At)))
            {
                adjudicated = first.Add(new NewPair(SampleCorpus.Record(1, "a")));
                shifted = first.Add(new NewPair(SampleCorpus.Record(2, "a")));
                below = first.Add(new NewPair(SampleCorpus.Record(3, "a")));
                first.AddHistory(adjudicated,
                [
                    new Decision(40, default, DecisionKind.Accept, "답", "ana", At, null, null),
                    new Decision(41, default, DecisionKind.Edit, "최종", "lead", At.AddSeconds(1), "정리", 40) { Role = DecisionRole.Adjudication },
                ], 41);
                first.AddHistory(shifted, [new Decision(38, default, DecisionKind.Realign, null, "ana", At, "shift-down", null)], null);
                first.AddHistory(below, [new Decision(39, default, DecisionKind.Realign, null, "ana", At, "shift-down", null)], null);
                first.Commit();
            }
            using (var second = restore.BeginImport(new ImportInfo(0, "b.jsonl", "hash-b", "jsonl", "en", "ko", 0, At.AddHours(1))))
            {
                later = second.Add(new NewPair(SampleCorpus.Record(1, "b")));
                // A lower number on a later pair: the numbers, not the corpus order, say which decision came first.
                second.AddHistory(later, [new Decision(7, default, DecisionKind.Reject, null, "ben", At, null, null)], 7);
                second.Commit();
            }
            var before = new AlignedTexts("source 2", "target 2", "suggestion 2");
            change = new AlignmentChange(AlignmentOperation.ShiftDown, shifted, below, before, new AlignedTexts("source 3", "target 3", null),
                new AlignedTexts("source 2", "", null), new AlignedTexts("source 3", "target 2 target 3", null));
            restore.AddAlignmentEdit(new AlignmentEdit(38, 39, "ana", At, change, false));
            restore.KeepOriginalAlignment(shifted, before);
            restore.AddToSlice(shifted, "ben");
            restore.AddToSlice(later, "ana");
            restore.SetOverlap(2);
            restore.SavePosition("ana", below);
            restore.Commit();
        }

        using var other = _fixture.Open();
        Assert.Equal(4, other.PairCount());
        Assert.Equal([("a.jsonl", "hash-a", 3L, At), ("b.jsonl", "hash-b", 1L, At.AddHours(1))],
            other.Imports().Select(i => (i.FileName, i.ContentHash, i.PairCount, i.At)));
        Assert.Equal([(40L, DecisionRole.Annotation, (long?)null), (41L, DecisionRole.Adjudication, 40L)],
            other.History(adjudicated).Select(d => (d.Id, d.Role, d.Supersedes)));
        Assert.Equal((41L, PairStatus.Edited), (other.EffectiveDecision(adjudicated)!.Id, other.StatusOf(adjudicated)));
        Assert.Equal(7L, other.EffectiveDecision(later)!.Id);
        Assert.Equal(PairStatus.Pending, other.StatusOf(shifted));
        var edit = Assert.Single(other.AlignmentEdits(below));
        Assert.Equal((38L, 39L, "ana", change), (edit.FirstDecisionId, edit.SecondDecisionId, edit.Annotator, edit.Change));
        Assert.Equal("target 2", other.OriginalAlignment(shifted)!.Target);
        Assert.Equal(2, other.Overlap());
        Assert.Equal([(shifted, "ben"), (later, "ana")],
            other.PairStatesInCorpusOrder().Where(s => s.SliceOwner is not null).Select(s => (s.Pair, s.SliceOwner!)));
        Assert.Equal(below, other.Positions()["ana"]);
        // Decisions made after the copy come after every copied one.
        Assert.True(other.DecideOwn(shifted, null, DecisionKind.Accept, null, "cho")!.Id > 41);
    }

    [Fact]
    public void A_restore_disposed_before_its_commit_leaves_the_store_empty_and_usable()
    {
        using (var restore = _store.BeginRestore())
        {
            var batch = restore.BeginImport(new ImportInfo(0, "a.jsonl", "hash-a", "jsonl", "en", "ko", 0, At));
            var pair = batch.Add(new NewPair(SampleCorpus.Record(1, "a")));
            batch.AddHistory(pair, [new Decision(3, default, DecisionKind.Accept, "답", "ana", At, null, null)], 3);
            batch.Commit();
            restore.SetOverlap(3);
            restore.AddToSlice(pair, "ana");
            restore.SavePosition("ana", pair);
        }

        using var other = _fixture.Open();
        Assert.Equal((0L, 0, 1, 0), (other.PairCount(), other.Imports().Count, other.Overlap(), other.Positions().Count));
        Assert.Empty(other.HistoryInCorpusOrder());
        Assert.Equal(2, SampleCorpus.Import(_store, 2, hash: "hash-a").PairCount);
    }

    [Fact]
    public void A_restore_into_a_store_that_holds_pairs_is_refused_and_changes_nothing()
    {
        SampleCorpus.Import(_store, 3);

        var refused = Assert.Throws<StoreException>(() => _store.BeginRestore());

        Assert.Contains("already holds pairs", refused.Message);
        Assert.Equal(3, _store.PairCount());
        Assert.NotNull(_store.Decide(_store.FindByOrd(1)!.Id, DecisionKind.Accept, null, "ana"));
    }
}
