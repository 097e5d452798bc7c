using Review.Core.Pairs;

namespace Review.Storage.Sqlite.Tests;

/// <summary>Claims and positions through members only the SQLite store has (the contract covers the ports).</summary>
public sealed class SqliteClaimTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly ScratchDatabase _db = new();
    private readonly ReviewStore _ana;
    private readonly ReviewStore _ben;

    public SqliteClaimTests()
    {
        _ana = ReviewStore.Open(_db.Path);
        _ben = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(_ana, 5);
    }

    public void Dispose()
    {
        _ana.Dispose();
        _ben.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Visit_saves_the_position_and_claims_in_one_step()
    {
        Assert.True(_ana.Visit(new PairId(3), "ana", Lease));

        Assert.Equal(new PairId(3), _ben.LastPosition("ana"));
        Assert.Equal("ana", _ben.ClaimedBy(new PairId(3)));
        Assert.False(_ben.Visit(new PairId(3), "ben", Lease));
        Assert.Equal(new PairId(3), _ana.LastPosition("ben"));
        Assert.Equal("ana", _ana.ClaimedBy(new PairId(3)));
    }
}
