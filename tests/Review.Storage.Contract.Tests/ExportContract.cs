using System.Text;
using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class ExportContract : IDisposable
{
    private readonly StoreFixture _fixture;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly IReviewStore _store;

    protected ExportContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _store = fixture.Open(_clock);
    }

    /// <summary>Ids are the store's own; tests name pairs by their place in corpus order.</summary>
    private PairId IdAt(long ord) => _store.FindByOrd(ord)!.Id;

    public void Dispose()
    {
        _store.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public void Export_rows_carry_final_text_status_and_the_decision_in_corpus_order()
    {
        SampleCorpus.Import(_store, 3);
        _store.Decide(IdAt(2), DecisionKind.TakeSuggestion, null, "ana", "took it");

        var rows = _store.ExportRows(null).ToList();

        Assert.Equal(["p1", "p2", "p3"], rows.Select(r => r.Id));
        var fixedRow = rows[1];
        Assert.Equal(
            ("source 2", "suggestion 2", PairStatus.Fixed, "target 2", "suggestion 2", "ana", _clock.Now, "took it", "en", "ko", """{"n":2}"""),
            (fixedRow.Source, fixedRow.Target, fixedRow.Status, fixedRow.OriginalTarget, fixedRow.Suggestion, fixedRow.Annotator,
             fixedRow.DecidedAt, fixedRow.Note, fixedRow.SourceLang, fixedRow.TargetLang, fixedRow.MetadataJson));
        Assert.Equal(("target 1", PairStatus.Pending, null, null), (rows[0].Target, rows[0].Status, rows[0].Annotator, rows[0].DecidedAt));
    }

    [Theory]
    [InlineData("한국어 번역, emoji 👩‍👩‍👧 and combining é")]
    [InlineData("tab\there, newline\nand CR\r\n end")]
    [InlineData("lone \uD800 high and \uDC00 low surrogates")]
    public void Export_rows_give_each_text_back_exactly_as_bytes_or_string(string text)
    {
        using (var batch = _store.BeginImport("t.jsonl", "h", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(new PairRecord(1, "t1", text, text, text, null)));
            batch.Commit();
        }

        var row = Assert.Single(_store.ExportRows(null));

        foreach (var field in new[] { ExportField.Source, ExportField.Target, ExportField.OriginalTarget, ExportField.Suggestion })
        {
            Assert.Equal(text, row.Text(field));
            // A writer copies UTF-8 bytes when the row has them; a text UTF-8 cannot hold must say so instead.
            if (row.TryGetUtf8(field, out var utf8))
            {
                Assert.Equal(Encoding.UTF8.GetBytes(text), utf8.ToArray());
            }
            else
            {
                Assert.True(LoneSurrogates.HasAny(text));
            }
        }
        Assert.True(row.IsNull(ExportField.Annotator));
    }

    [Fact]
    public void Export_filters_by_status()
    {
        SampleCorpus.Import(_store, 4);
        _store.Decide(IdAt(1), DecisionKind.Accept, null, "ana");
        _store.Decide(IdAt(3), DecisionKind.Reject, null, "ana");

        Assert.Equal(["p1", "p3"], _store.ExportRows(new HashSet<PairStatus> { PairStatus.Accepted, PairStatus.Rejected }).Select(r => r.Id));
        Assert.Equal(["p2", "p4"], _store.ExportRows(new HashSet<PairStatus> { PairStatus.Pending }).Select(r => r.Id));
        Assert.Empty(_store.ExportRows(new HashSet<PairStatus>()));
    }

    [Fact]
    public void Export_pages_through_more_pairs_than_one_page_without_gaps()
    {
        SampleCorpus.Import(_store, 5000);

        var ids = _store.ExportRows(null).Select(r => r.Id).ToList();

        Assert.Equal(Enumerable.Range(1, 5000).Select(i => $"p{i}"), ids);
    }

    [Fact]
    public void Export_of_a_repaired_pair_keeps_the_original_target()
    {
        using (var batch = _store.BeginImport("k.jsonl", "h", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(SampleCorpus.Record(1), RepairedTarget: "repaired"));
            batch.Commit();
        }

        var row = Assert.Single(_store.ExportRows(null));

        Assert.Equal(("repaired", "target 1"), (row.Target, row.OriginalTarget));
    }

    [Fact]
    public void Stats_count_pairs_decisions_imports_and_findings()
    {
        var import = SampleCorpus.Import(_store, 6);
        _store.Decide(IdAt(1), DecisionKind.Accept, null, "ana");
        _store.Decide(IdAt(2), DecisionKind.Edit, "x", "ana");
        _store.Decide(IdAt(3), DecisionKind.Reject, null, "ben");
        _store.Decide(IdAt(4), DecisionKind.Skip, null, "ben");
        _store.Decide(IdAt(5), DecisionKind.Accept, null, "ben");
        _store.Undo("ben");
        _store.ReplaceFindings(IdAt(1), [new Finding("numbers", Severity.Error, "m", [], []), new Finding("length", Severity.Info, "m", [], [])]);
        _store.ReplaceFindings(IdAt(2), [new Finding("numbers", Severity.Error, "m", [], [])]);

        var stats = _store.Stats();

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
        SampleCorpus.Import(_store, 10);
        _store.Decide(IdAt(1), DecisionKind.Accept, null, "ana");
        _clock.Advance(TimeSpan.FromHours(5));
        for (var ord = 2; ord <= 7; ord++)
        {
            _store.Decide(IdAt(ord), DecisionKind.Accept, null, "ana");
            _clock.Advance(TimeSpan.FromMinutes(6));
        }
        _store.Decide(IdAt(7), DecisionKind.Edit, "again", "ben");

        var stats = _store.Stats();

        Assert.Equal(6, stats.LastSession!.Pairs);
        Assert.Equal(7, stats.LastSession.Decisions);
        Assert.Equal(TimeSpan.FromMinutes(36), stats.LastSession.End - stats.LastSession.Start);
        Assert.Equal(10.0, stats.PairsPerHourLastSession!.Value, precision: 6);
    }

    [Fact]
    public void An_undone_decision_leaves_the_session_count()
    {
        SampleCorpus.Import(_store, 4);
        _store.Decide(new PairId(1), DecisionKind.Edit, "고침", "ana");
        _clock.Advance(TimeSpan.FromMinutes(1));
        _store.Decide(new PairId(2), DecisionKind.Reject, null, "ana");
        _store.Undo("ana");

        var stats = _store.Stats();

        Assert.Equal((1, 1L), (stats.LastSession!.Pairs, stats.LastSession.Decisions));
        Assert.Equal(new Dictionary<string, long> { ["ana"] = 1 }, stats.ByAnnotator);
    }

    [Fact]
    public void Stats_of_an_empty_database_have_no_session()
    {
        var stats = _store.Stats();

        Assert.Equal(0, stats.PairCount);
        Assert.Null(stats.LastSession);
        Assert.Null(stats.PairsPerHourLastSession);
        Assert.All(stats.ByStatus.Values, count => Assert.Equal(0, count));
    }
}
