using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class ImportContract : IDisposable
{
    private readonly StoreFixture _fixture;
    private readonly IReviewStore _store;

    protected ImportContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _store = fixture.Open();
    }

    /// <summary>Ids are the store's own; tests name pairs by their place in corpus order.</summary>
    private PairId IdAt(long ord) => _store.FindByOrd(ord)!.Id;

    public void Dispose()
    {
        _store.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public void Commit_records_the_import_and_numbers_pairs_densely()
    {
        var first = SampleCorpus.Import(_store, 3, "a");
        var second = SampleCorpus.Import(_store, 2, "b");

        Assert.Equal(3, first.PairCount);
        Assert.Equal(("b.jsonl", "hash-b-2", "jsonl", "en", "ko"), (second.FileName, second.ContentHash, second.Format, second.SourceLang, second.TargetLang));
        Assert.Equal([first, second], _store.Imports());
        Assert.Equal(5, _store.PairCount());
        var b1 = _store.FindByExternalId("b1")!;
        Assert.Equal((4L, second.Id), (b1.Ord, b1.ImportId));
        Assert.Equal(b1, _store.GetPair(b1.Id));
    }

    [Fact]
    public void Dispose_without_commit_leaves_nothing_behind()
    {
        SampleCorpus.Import(_store, 2, "a");
        using (var batch = _store.BeginImport("b.jsonl", "hash-b", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(SampleCorpus.Record(1, "b"), Findings: [new Finding("x", Severity.Info, "m", [], [])]));
            batch.Add(new NewPair(SampleCorpus.Record(2, "b")));
        }

        Assert.Equal(2, _store.PairCount());
        Assert.Equal(2, _store.StatusCounts()[PairStatus.Pending]);
        Assert.Single(_store.Imports());
        Assert.Null(_store.FindImport("hash-b"));
        Assert.Null(_store.FindByExternalId("b1"));
        Assert.Equal(3, SampleCorpus.Import(_store, 1, "c").PairCount + 2);
        Assert.Equal(3, _store.FindByExternalId("c1")!.Ord);
    }

    [Fact]
    public void Find_import_recognises_content_already_imported()
    {
        var info = SampleCorpus.Import(_store, 2, hash: "sha256:abc");

        Assert.Equal(info, _store.FindImport("sha256:abc"));
        Assert.Null(_store.FindImport("sha256:other"));
        Assert.Throws<StoreException>(() => _store.BeginImport("again.jsonl", "sha256:abc", "jsonl", "en", "ko"));
        Assert.Equal(2, _store.PairCount());
    }

    [Fact]
    public void A_duplicate_id_within_the_file_is_an_error_naming_file_line_and_id()
    {
        using var batch = _store.BeginImport("dup.jsonl", "h", "jsonl", "en", "ko");
        batch.Add(new NewPair(new PairRecord(1, "x", "s", "t", null, null)));

        var error = Assert.Throws<StoreException>(() => batch.Add(new NewPair(new PairRecord(2, "x", "s2", "t2", null, null))));

        Assert.Contains("dup.jsonl: line 2", error.Message);
        Assert.Contains("'x'", error.Message);
        Assert.Equal(1, batch.Count);
    }

    [Fact]
    public void Try_add_skips_ids_already_in_the_database_or_the_batch()
    {
        SampleCorpus.Import(_store, 2, "p");
        using var batch = _store.BeginImport("more.jsonl", "h2", "jsonl", "en", "ko");

        Assert.False(batch.TryAdd(new NewPair(SampleCorpus.Record(2, "p")), out _));
        Assert.True(batch.TryAdd(new NewPair(SampleCorpus.Record(3, "p")), out var added));
        Assert.False(batch.TryAdd(new NewPair(SampleCorpus.Record(3, "p")), out _));
        var info = batch.Commit();

        Assert.Equal(IdAt(3), added);
        Assert.Equal(1, info.PairCount);
        Assert.Equal(3, _store.PairCount());
    }

    [Fact]
    public void Records_without_an_id_get_a_stable_one_from_file_and_line()
    {
        using (var batch = _store.BeginImport("/data/corpus.tsv", "h", "tsv", "en", "zh"))
        {
            batch.Add(new NewPair(new PairRecord(7, null, "s", "t", null, null)));
            batch.Commit();
        }

        var pair = _store.FindByExternalId("corpus:7")!;
        Assert.Equal(("en", "zh"), (pair.SourceLang, pair.TargetLang));
    }

    [Fact]
    public void A_repaired_target_is_stored_with_the_original_and_the_repair_notes()
    {
        using (var batch = _store.BeginImport("k.jsonl", "h", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(new PairRecord(1, "k1", "hello", "à¸«à¸", null, null), "안녕", """[{"at":0}]"""));
            batch.Commit();
        }

        var pair = _store.FindByExternalId("k1")!;
        Assert.Equal(("안녕", "à¸«à¸", """[{"at":0}]"""), (pair.Target, pair.OriginalTarget, pair.RepairJson));
    }

    [Fact]
    public void Findings_given_with_a_pair_are_stored_with_it()
    {
        var finding = new Finding("numbers", Severity.Error, "12 is missing", [new TextSpan(3, 2)], [], "fixed 12");
        using (var batch = _store.BeginImport("f.jsonl", "h", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(SampleCorpus.Record(1), Findings: [finding]));
            batch.Commit();
        }

        var stored = Assert.Single(_store.Findings(IdAt(1)));
        Assert.Equal(finding with { SourceSpans = [], TargetSpans = [] }, stored with { SourceSpans = [], TargetSpans = [] });
        Assert.Equal([new TextSpan(3, 2)], stored.SourceSpans);
    }

    [Theory]
    [InlineData("tab\there, newline\nand CR\r\n end")]
    [InlineData("\"quotes\" and \\backslashes\\")]
    [InlineData("emoji 👩‍👩‍👧 and combining é")]
    [InlineData("RTL שלום مرحبا and zero\u200Bwidth\u200D")]
    [InlineData("lone \uD800 high and \uDC00 low surrogates")]
    [InlineData("  leading and trailing spaces  ")]
    public void Texts_come_back_exactly_as_stored(string text)
    {
        using (var batch = _store.BeginImport("t.jsonl", "h", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(new PairRecord(1, text, text, text, text, null)));
            batch.Commit();
        }

        var pair = _store.FindByExternalId(text)!;
        Assert.Equal((text, text, text), (pair.Source, pair.Target, pair.Suggestion));
        var row = Assert.Single(_store.ExportRows(null));
        Assert.Equal((text, text, text), (row.Id, row.Source, row.Target));
    }

    [Fact]
    public void A_one_mebibyte_field_round_trips()
    {
        var big = string.Concat(Enumerable.Repeat("가나다라마바사 abc ", 1 << 16));
        using (var batch = _store.BeginImport("big.jsonl", "h", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(new PairRecord(1, "big", big, big, null, null)));
            batch.Commit();
        }

        Assert.Equal(big, _store.GetPair(IdAt(1))!.Target);
    }
}
