using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Storage;

namespace Review.Core.Tests.Storage;

public sealed class ExportAndStatsTests : IDisposable
{
    private readonly ScratchDatabase db = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ReviewStore store;

    public ExportAndStatsTests()
    {
        store = ReviewStore.Open(db.Path, new StoreOptions(TimeSpan.FromSeconds(5), clock));
    }

    public void Dispose()
    {
        store.Dispose();
        db.Dispose();
    }

    [Fact]
    public void Export_rows_carry_final_text_status_and_the_decision_in_corpus_order()
    {
        SampleCorpus.Import(store, 3);
        store.Decide(new PairId(2), DecisionKind.TakeSuggestion, null, "ana", "took it");

        var rows = store.ExportRows(null).ToList();

        Assert.Equal(["p1", "p2", "p3"], rows.Select(r => r.Id));
        var fixedRow = rows[1];
        Assert.Equal(
            ("source 2", "suggestion 2", PairStatus.Fixed, "target 2", "suggestion 2", "ana", clock.Now, "took it", "en", "ko", """{"n":2}"""),
            (fixedRow.Source, fixedRow.Target, fixedRow.Status, fixedRow.OriginalTarget, fixedRow.Suggestion, fixedRow.Annotator,
             fixedRow.DecidedAt, fixedRow.Note, fixedRow.SourceLang, fixedRow.TargetLang, fixedRow.MetadataJson));
        Assert.Equal(("target 1", PairStatus.Pending, null, null), (rows[0].Target, rows[0].Status, rows[0].Annotator, rows[0].DecidedAt));
    }

    [Fact]
    public void Export_filters_by_status()
    {
        SampleCorpus.Import(store, 4);
        store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");
        store.Decide(new PairId(3), DecisionKind.Reject, null, "ana");

        Assert.Equal(["p1", "p3"], store.ExportRows(new HashSet<PairStatus> { PairStatus.Accepted, PairStatus.Rejected }).Select(r => r.Id));
        Assert.Equal(["p2", "p4"], store.ExportRows(new HashSet<PairStatus> { PairStatus.Pending }).Select(r => r.Id));
        Assert.Empty(store.ExportRows(new HashSet<PairStatus>()));
    }

    [Fact]
    public void Export_pages_through_more_pairs_than_one_page_without_gaps()
    {
        SampleCorpus.Import(store, 5000);

        var ids = store.ExportRows(null).Select(r => r.Id).ToList();

        Assert.Equal(Enumerable.Range(1, 5000).Select(i => $"p{i}"), ids);
    }

    [Fact]
    public void Export_of_a_repaired_pair_keeps_the_original_target()
    {
        using (var batch = store.BeginImport("k.jsonl", "h", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(SampleCorpus.Record(1), RepairedTarget: "repaired"));
            batch.Commit();
        }

        var row = Assert.Single(store.ExportRows(null));

        Assert.Equal(("repaired", "target 1"), (row.Target, row.OriginalTarget));
    }

    [Fact]
    public void Stats_count_pairs_decisions_imports_and_findings()
    {
        var import = SampleCorpus.Import(store, 6);
        store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");
        store.Decide(new PairId(2), DecisionKind.Edit, "x", "ana");
        store.Decide(new PairId(3), DecisionKind.Reject, null, "ben");
        store.Decide(new PairId(4), DecisionKind.Skip, null, "ben");
        store.Decide(new PairId(5), DecisionKind.Accept, null, "ben");
        store.Undo("ben");
        store.ReplaceFindings(new PairId(1), [new Finding("numbers", Severity.Error, "m", [], []), new Finding("length", Severity.Info, "m", [], [])]);
        store.ReplaceFindings(new PairId(2), [new Finding("numbers", Severity.Error, "m", [], [])]);

        var stats = store.Stats();

        Assert.Equal(6, stats.PairCount);
        Assert.Equal(
            new Dictionary<PairStatus, long>
            {
                [PairStatus.Pending] = 2, [PairStatus.Accepted] = 1, [PairStatus.Fixed] = 0,
                [PairStatus.Edited] = 1, [PairStatus.Rejected] = 1, [PairStatus.Skipped] = 1,
            },
            stats.ByStatus);
        // ben's accept of pair 5 was undone: it is not counted (issue 17).
        Assert.Equal(new Dictionary<string, long> { ["ana"] = 2, ["ben"] = 2 }, stats.ByAnnotator);
        Assert.Equal([import], stats.Imports);
        Assert.Equal(new Dictionary<string, long> { ["length"] = 1, ["numbers"] = 2 }, stats.FindingsByCheck);
    }

    [Fact]
    public void Pairs_per_hour_covers_only_the_last_session()
    {
        SampleCorpus.Import(store, 10);
        store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");
        clock.Advance(TimeSpan.FromHours(5));
        for (var ord = 2; ord <= 7; ord++)
        {
            store.Decide(new PairId(ord), DecisionKind.Accept, null, "ana");
            clock.Advance(TimeSpan.FromMinutes(6));
        }
        store.Decide(new PairId(7), DecisionKind.Edit, "again", "ben");

        var stats = store.Stats();

        Assert.Equal(6, stats.LastSession!.Pairs);
        Assert.Equal(7, stats.LastSession.Decisions);
        Assert.Equal(TimeSpan.FromMinutes(36), stats.LastSession.End - stats.LastSession.Start);
        Assert.Equal(10.0, stats.PairsPerHourLastSession!.Value, precision: 6);
    }

    [Fact]
    public void An_undone_decision_leaves_the_session_count()
    {
        SampleCorpus.Import(store, 4);
        store.Decide(new PairId(1), DecisionKind.Edit, "고침", "ana");
        clock.Advance(TimeSpan.FromMinutes(1));
        store.Decide(new PairId(2), DecisionKind.Reject, null, "ana");
        store.Undo("ana");

        var stats = store.Stats();

        Assert.Equal((1, 1L), (stats.LastSession!.Pairs, stats.LastSession.Decisions));
        Assert.Equal(new Dictionary<string, long> { ["ana"] = 1 }, stats.ByAnnotator);
    }

    [Fact]
    public void Stats_of_an_empty_database_have_no_session()
    {
        var stats = store.Stats();

        Assert.Equal(0, stats.PairCount);
        Assert.Null(stats.LastSession);
        Assert.Null(stats.PairsPerHourLastSession);
        Assert.All(stats.ByStatus.Values, count => Assert.Equal(0, count));
    }
}
