using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite.Tests;

/// <summary>Findings as the file holds them.</summary>
public sealed class SqliteFindingTests : IDisposable
{
    private readonly ScratchDatabase db = new();
    private readonly ReviewStore store;

    public SqliteFindingTests()
    {
        store = ReviewStore.Open(db.Path);
        SampleCorpus.Import(store, 2);
    }

    public void Dispose()
    {
        store.Dispose();
        db.Dispose();
    }

    [Fact]
    public void Spans_are_stored_as_json_that_sqlite_can_read()
    {
        store.ReplaceFindings(new PairId(1), [new Finding("x", Severity.Info, "m", [new TextSpan(3, 4)], [])]);

        Assert.Equal(4, RawSqlite.Number(db.Path, "SELECT source_spans ->> '$[0][1]' FROM findings"));
    }
}
