namespace Review.Storage.Sqlite.Tests;

/// <summary>The query plans behind navigation.</summary>
public sealed class SqliteNavigationTests : IDisposable
{
    private readonly ScratchDatabase _db = new();
    private readonly ReviewStore _store;

    public SqliteNavigationTests()
    {
        _store = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(_store, 10);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Next_pending_walks_the_partial_index_of_pending_pairs()
    {
        var plan = RawSqlite.QueryPlan(_db.Path, """
            SELECT p.id FROM pairs p
            WHERE p.status = 'pending' AND p.id > 3 AND p.id <= 99 ORDER BY p.id LIMIT 1
            """);

        Assert.Contains("USING COVERING INDEX pairs_pending", plan);
    }
}
