using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Ports;
using Review.Core.Session;

namespace Review.Storage.Contract.Tests;

/// <summary>
/// Merge, split and shift through the session, on every backend: what each writes, that the
/// history says who, when and what it replaced, that undo restores the texts exactly, and that a
/// colleague's claim or decision refuses a change with nothing written.
/// </summary>
public abstract class AlignmentContract : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly StoreFixture _fixture;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly IReviewStore _mine;
    private readonly IReviewStore _theirs;
    private readonly ReviewSession _ana;
    private readonly ReviewSession _ben;

    protected AlignmentContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _mine = fixture.Open(_clock);
        _theirs = fixture.Open(_clock);
        SampleCorpus.Import(_mine, 4);
        _ana = new ReviewSession(_mine, "ana", Lease, _clock, QueueOrder.Corpus, CheckConfig.Default);
        _ben = new ReviewSession(_theirs, "ben", Lease, _clock, QueueOrder.Corpus, CheckConfig.Default);
    }

    public void Dispose()
    {
        _mine.Dispose();
        _theirs.Dispose();
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void A_merge_joins_the_next_pair_into_this_one_and_undo_puts_both_back()
    {
        var original = Texts();

        var merged = _ana.Merge(IdAt(1));

        Assert.True(merged.Done, merged.Message);
        Assert.Equal("merge of #1 and #2: saved", merged.Message);
        Assert.Equal(new AlignedTexts("source 1 source 2", "target 1 target 2", "target 1 suggestion 2"), TextsAt(1, _theirs));
        Assert.Equal(new AlignedTexts("", "", null), TextsAt(2, _theirs));
        Assert.Equal(original[1], _theirs.OriginalAlignment(IdAt(2)));
        var realign = _theirs.History(IdAt(1)).Single();
        Assert.Equal((DecisionKind.Realign, "ana", "merge", _clock.GetUtcNow()), (realign.Kind, realign.Annotator, realign.Note, realign.At));
        Assert.Equal(PairStatus.Pending, _theirs.StatusOf(IdAt(1)));
        var edit = _theirs.AlignmentEdits(IdAt(2)).Single();
        Assert.Equal((original[0], original[1]), (edit.Change.FirstBefore, edit.Change.SecondBefore));

        var undone = _ana.UndoAlignment();

        Assert.True(undone!.Done, undone.Message);
        Assert.Equal("undid the merge of #1 and #2", undone.Message);
        Assert.Equal(original, Texts());
        Assert.True(_theirs.AlignmentEdits(IdAt(1)).Single().Undone);
        Assert.Equal([DecisionKind.Realign, DecisionKind.Undo], _theirs.History(IdAt(2)).Select(d => d.Kind));
        Assert.Equal(_theirs.History(IdAt(2))[0].Id, _theirs.History(IdAt(2))[1].Supersedes);
        Assert.Null(_ana.UndoAlignment());
    }

    [Fact]
    public void A_split_gives_what_follows_the_cuts_to_the_emptied_next_pair_and_undo_walks_back()
    {
        var original = Texts();
        Assert.True(_ana.Merge(IdAt(1)).Done);

        var split = _ana.Split(IdAt(1), "source 1".Length, "target 1".Length);

        Assert.True(split.Done, split.Message);
        Assert.Equal(new AlignedTexts("source 1", "target 1", null), TextsAt(1, _theirs));
        // The suggestion covered the whole merged target and cannot be cut: it leaves with the moved text.
        Assert.Equal(new AlignedTexts("source 2", "target 2", null), TextsAt(2, _theirs));
        Assert.Equal(["merge", "split"], _theirs.History(IdAt(1)).Select(d => d.Note));

        Assert.Equal("undid the split of #1 into #1 and #2", _ana.UndoAlignment()!.Message);
        Assert.Equal(new AlignedTexts("source 1 source 2", "target 1 target 2", "target 1 suggestion 2"), TextsAt(1, _theirs));
        Assert.Equal("undid the merge of #1 and #2", _ana.UndoAlignment()!.Message);
        Assert.Equal(original, Texts());
    }

    [Fact]
    public void A_split_of_a_pair_before_a_full_one_moves_the_boundary_between_them()
    {
        var split = _ana.Split(IdAt(3), "source".Length, "target".Length);

        Assert.True(split.Done, split.Message);
        Assert.Equal(new AlignedTexts("source", "target", null), TextsAt(3, _theirs));
        Assert.Equal(new AlignedTexts("3 source 4", "3 target 4", "3 suggestion 4"), TextsAt(4, _theirs));
    }

    [Fact]
    public void Shifting_a_target_down_and_up_moves_it_with_its_suggestion_and_undo_restores_it()
    {
        var original = Texts();

        Assert.True(_ana.ShiftTarget(IdAt(2), down: true).Done);

        Assert.Equal(new AlignedTexts("source 2", "", null), TextsAt(2, _theirs));
        Assert.Equal(new AlignedTexts("source 3", "target 2 target 3", "suggestion 2 target 3"), TextsAt(3, _theirs));

        Assert.True(_ana.ShiftTarget(IdAt(3), down: false).Done);

        Assert.Equal(new AlignedTexts("source 2", "target 2 target 3", "suggestion 2 target 3"), TextsAt(2, _theirs));
        Assert.Equal(new AlignedTexts("source 3", "", null), TextsAt(3, _theirs));
        Assert.Equal(["shift-down", "shift-up"], _theirs.AlignmentEdits(IdAt(3)).Select(e => AlignmentNames.Of(e.Change.Operation)));

        Assert.True(_ana.UndoAlignment()!.Done);
        Assert.True(_ana.UndoAlignment()!.Done);
        Assert.Equal(original, Texts());
    }

    [Fact]
    public void A_colleague_holding_the_next_pair_refuses_the_change_with_nothing_written()
    {
        Assert.True(_theirs.TryClaim(IdAt(2), "ben", Lease));

        var refused = _ana.Merge(IdAt(1));

        Assert.False(refused.Done);
        Assert.Equal("ben is reviewing pair #2: the alignment was not changed", refused.Message);
        Assert.Empty(_theirs.History(IdAt(1)));
        Assert.Empty(_theirs.AlignmentEdits(IdAt(1)));
        Assert.Equal(new AlignedTexts("source 1", "target 1", null), TextsAt(1, _theirs));
    }

    [Fact]
    public void A_decided_pair_refuses_the_change_until_its_decision_is_undone()
    {
        Assert.NotNull(_theirs.Decide(IdAt(2), DecisionKind.Accept, null, "ben"));

        Assert.Equal("pair #2 is accepted: undo its decision first: the alignment was not changed", _ana.ShiftTarget(IdAt(1), down: true).Message);
        Assert.Equal("pair #2 is accepted: undo its decision first: the alignment was not changed", _ana.ShiftTarget(IdAt(2), down: false).Message);
        Assert.NotNull(_ben.Undo());
        Assert.True(_ana.ShiftTarget(IdAt(1), down: true).Done);
    }

    [Fact]
    public void Undo_takes_back_decisions_and_changes_of_alignment_in_the_order_they_were_made()
    {
        Assert.True(_ana.Merge(IdAt(1)).Done);
        Assert.NotNull(_ana.Decide(IdAt(3), DecisionKind.Accept, null, null, expectedDecisionId: null).Change);

        Assert.Null(_ana.UndoAlignment());
        Assert.Equal(IdAt(3), _ana.Undo()!.Change.Pair);
        Assert.True(_ana.UndoAlignment()!.Done);
        Assert.Equal(new AlignedTexts("source 2", "target 2", "suggestion 2"), TextsAt(2, _mine));
    }

    [Fact]
    public void The_store_refuses_a_change_computed_from_texts_that_are_no_longer_there()
    {
        var stale = AlignmentChanges.Merge(_mine.FindByOrd(1)!, _mine.FindByOrd(2)!);
        Assert.True(_ben.ShiftTarget(IdAt(2), down: true).Done);

        Assert.Null(_mine.Realign(stale, "ana"));
        Assert.Equal(new AlignedTexts("source 1", "target 1", null), TextsAt(1, _mine));
    }

    [Fact]
    public void The_ends_of_the_corpus_refuse_what_would_need_a_pair_beyond_them()
    {
        Assert.Equal("a merge needs a next pair", _ana.Merge(IdAt(4)).Message);
        Assert.Equal("this is the first pair: there is no previous pair to take its target", _ana.ShiftTarget(IdAt(1), down: false).Message);
        Assert.False(_ana.Split(IdAt(4), 3, 3).Done);
        Assert.Empty(_mine.AlignmentEdits(IdAt(1)));
    }

    [Fact]
    public void The_export_follows_the_current_alignment_without_the_pair_a_merge_emptied()
    {
        Assert.True(_ana.Merge(IdAt(1)).Done);

        var rows = _theirs.ExportRows(null).ToList();

        Assert.Equal(["p1", "p3", "p4"], rows.Select(r => r.Id));
        Assert.Equal(("source 1 source 2", "target 1 target 2"), (rows[0].Source, rows[0].Target));
        Assert.True(_ana.UndoAlignment()!.Done);
        Assert.Equal(["p1", "p2", "p3", "p4"], _theirs.ExportRows(null).Select(r => r.Id));
    }

    [Fact]
    public void The_original_alignment_export_gives_back_the_imported_pairs_and_keeps_decisions_only_where_the_texts_stayed()
    {
        var imported = Texts();
        Assert.True(_ana.Merge(IdAt(1)).Done);
        Assert.True(_ana.Split(IdAt(1), "source 1".Length, "target 1".Length).Done);
        Assert.True(_ana.ShiftTarget(IdAt(3), down: true).Done);
        Assert.NotNull(_ana.Decide(IdAt(1), DecisionKind.Accept, null, null, expectedDecisionId: null).Change);
        Assert.NotNull(_ana.Decide(IdAt(4), DecisionKind.Accept, null, null, expectedDecisionId: null).Change);

        var current = _theirs.ExportRows(null).ToList();
        var original = new OriginalAlignmentExport(_theirs, _theirs).Rows(null).ToList();

        Assert.Equal(
            [("p1", "source 1", "target 1", PairStatus.Accepted), ("p2", "source 2", "target 2", PairStatus.Pending),
             ("p3", "source 3", "", PairStatus.Pending), ("p4", "source 4", "target 3 target 4", PairStatus.Accepted)],
            current.Select(r => (r.Id, r.Source, r.Target, r.Status)));
        Assert.Equal(imported, original.Select(r => new AlignedTexts(r.Source, r.Target, r.Suggestion)));
        // p1 holds its imported texts again (merge then split), so its decision still judges them;
        // p2 lost its suggestion to the split, p3 and p4 their targets to the shift.
        Assert.Equal(
            [(PairStatus.Accepted, "ana"), (PairStatus.Pending, null), (PairStatus.Pending, null), (PairStatus.Pending, null)],
            original.Select(r => (r.Status, r.Annotator)));
        Assert.Equal(["target 1", "target 2", "target 3", "target 4"], original.Select(r => r.OriginalTarget));
        Assert.Equal(["p2", "p3", "p4"], new OriginalAlignmentExport(_theirs, _theirs).Rows(new HashSet<PairStatus> { PairStatus.Pending }).Select(r => r.Id));
    }

    [Fact]
    public void The_original_alignment_export_writes_a_pair_a_merge_emptied_and_forgets_changes_undone()
    {
        var imported = Texts();
        Assert.True(_ana.Merge(IdAt(2)).Done);
        Assert.Equal(["p1", "p2", "p4"], _theirs.ExportRows(null).Select(r => r.Id));

        var export = new OriginalAlignmentExport(_theirs, _theirs);

        Assert.Equal(imported, export.Rows(null).Select(r => new AlignedTexts(r.Source, r.Target, r.Suggestion)));
        Assert.True(export.Moved("p3"));
        Assert.False(export.Moved("p1"));
        Assert.True(_ana.UndoAlignment()!.Done);
        Assert.Equal([("p2", false), ("p3", false)], _theirs.RealignedPairs().Select(p => (p.ExternalId, p.Moved)));
    }

    [Fact]
    public void A_pair_a_merge_emptied_leaves_every_queue_and_the_pending_count_until_undone()
    {
        Assert.Equal(4, _ana.Counts().Pending);
        Assert.True(_ana.Merge(IdAt(2)).Done);

        Assert.Equal(("p2", "p4"), (_theirs.NextPending(1, "ben")!.ExternalId, _theirs.NextPending(2, "ben")!.ExternalId));
        Assert.Equal("p4", _theirs.NextPendingInTier(null, 2, "ben")!.ExternalId);
        Assert.Equal("p4", _theirs.ClaimNextFor(2, "cho", Lease)!.ExternalId);
        Assert.NotEqual("p3", _theirs.ClaimNextPending(2, "ben", Lease)!.ExternalId);
        Assert.Equal(1, _theirs.EmptiedPairs());
        Assert.Equal((3L, 3L), (_ana.Counts().Total, _ana.Counts().Pending));

        Assert.True(_ana.UndoAlignment()!.Done);
        Assert.Equal(0, _theirs.EmptiedPairs());
        Assert.Equal("p3", _theirs.NextPending(2, "cho")!.ExternalId);
        Assert.Equal(4, _ana.Counts().Pending);
    }

    private PairId IdAt(long ord) => _mine.FindByOrd(ord)!.Id;

    private static AlignedTexts TextsAt(long ord, IReviewStore store) => AlignedTexts.Of(store.FindByOrd(ord)!);

    private List<AlignedTexts> Texts() => [.. Enumerable.Range(1, 4).Select(i => TextsAt(i, _theirs))];
}
