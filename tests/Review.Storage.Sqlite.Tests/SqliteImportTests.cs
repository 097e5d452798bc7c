using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite.Tests;

/// <summary>An import's journal mode and locking, and what a rolled-back import leaves in the file.</summary>
public sealed class SqliteImportTests : IDisposable
{
    private readonly ScratchDatabase _db = new();
    private readonly ReviewStore _store;

    public SqliteImportTests() => _store = ReviewStore.Open(_db.Path);

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void The_file_is_in_wal_mode_after_an_import_alone_committed_or_not()
    {
        SampleCorpus.Import(_store, 3, "a");
        Assert.Equal("wal", RawSqlite.Text(_db.Path, "PRAGMA journal_mode"));

        using (var batch = _store.BeginImport("b.jsonl", "hash-b", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(SampleCorpus.Record(1, "b")));
        }

        Assert.Equal("wal", RawSqlite.Text(_db.Path, "PRAGMA journal_mode"));
        _store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");
        Assert.Equal(3, _store.PairCount());
    }

    [Fact]
    public void An_import_while_another_annotator_has_the_file_open_stays_in_wal()
    {
        using var other = ReviewStore.Open(_db.Path);
        using (var batch = _store.BeginImport("a.jsonl", "hash-a", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(SampleCorpus.Record(1, "a")));
            Assert.Equal(0, other.PairCount());
            Assert.Equal("wal", RawSqlite.Text(_db.Path, "PRAGMA journal_mode"));
            batch.Commit();
        }

        Assert.Equal(1, other.PairCount());
        Assert.Equal("wal", RawSqlite.Text(_db.Path, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Opening_the_file_during_a_lone_import_says_it_is_busy_and_works_after()
    {
        using (var batch = _store.BeginImport("a.jsonl", "hash-a", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(SampleCorpus.Record(1, "a")));

            var error = Assert.Throws<StoreBusyException>(() => ReviewStore.Open(_db.Path, new StoreOptions(TimeSpan.FromMilliseconds(200))));

            Assert.Contains("importing", error.Message);
            batch.Commit();
        }

        using var other = ReviewStore.Open(_db.Path);
        Assert.Equal(1, other.PairCount());
    }

    [Fact]
    public void A_rolled_back_import_leaves_no_findings_rows()
    {
        using (var batch = _store.BeginImport("b.jsonl", "hash-b", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(SampleCorpus.Record(1, "b"), Findings: [new Finding("x", Severity.Info, "m", [], [])]));
        }

        Assert.Equal(0, RawSqlite.Number(_db.Path, "SELECT count(*) FROM findings"));
        Assert.Equal(0, RawSqlite.Number(_db.Path, "SELECT count(*) FROM pairs"));
    }

    [Fact]
    public void External_id_exists_sees_the_pairs_of_the_open_batch()
    {
        SampleCorpus.Import(_store, 2, "p");
        using var batch = _store.BeginImport("more.jsonl", "h2", "jsonl", "en", "ko");

        batch.Add(new NewPair(SampleCorpus.Record(3, "p")));

        Assert.True(_store.ExternalIdExists("p3"));
        Assert.True(_store.ExternalIdExists("p1"));
        Assert.False(_store.ExternalIdExists("p4"));
    }
}
