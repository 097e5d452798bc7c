using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite.Tests;

/// <summary>Findings as the file holds them.</summary>
public sealed class SqliteFindingTests : IDisposable
{
    private readonly ScratchDatabase _db = new();
    private readonly ReviewStore _store;

    public SqliteFindingTests()
    {
        _store = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(_store, 2);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Spans_are_stored_as_json_that_sqlite_can_read()
    {
        _store.ReplaceFindings(new PairId(1), [new Finding("x", Severity.Info, "m", [new TextSpan(3, 4)], [])]);

        Assert.Equal(4, RawSqlite.Number(_db.Path, "SELECT source_spans ->> '$[0][1]' FROM findings"));
    }
}
