using Review.Core.Pairs;

namespace Review.Storage.Sqlite.Tests;

/// <summary>Claims and positions through members only the SQLite store has (the contract covers the ports).</summary>
public sealed class SqliteClaimTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly ScratchDatabase db = new();
    private readonly ReviewStore ana;
    private readonly ReviewStore ben;

    public SqliteClaimTests()
    {
        ana = ReviewStore.Open(db.Path);
        ben = ReviewStore.Open(db.Path);
        SampleCorpus.Import(ana, 5);
    }

    public void Dispose()
    {
        ana.Dispose();
        ben.Dispose();
        db.Dispose();
    }

    [Fact]
    public void Visit_saves_the_position_and_claims_in_one_step()
    {
        Assert.True(ana.Visit(new PairId(3), "ana", Lease));

        Assert.Equal(new PairId(3), ben.LastPosition("ana"));
        Assert.Equal("ana", ben.ClaimedBy(new PairId(3)));
        Assert.False(ben.Visit(new PairId(3), "ben", Lease));
        Assert.Equal(new PairId(3), ana.LastPosition("ben"));
        Assert.Equal("ana", ana.ClaimedBy(new PairId(3)));
    }
}
