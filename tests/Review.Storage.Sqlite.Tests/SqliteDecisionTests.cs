using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite.Tests;

/// <summary>Decisions as the file holds them, and SQLite's write lock.</summary>
public sealed class SqliteDecisionTests : IDisposable
{
    private static readonly PairId Two = new(2);

    private readonly ScratchDatabase db = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ReviewStore store;

    public SqliteDecisionTests()
    {
        store = ReviewStore.Open(db.Path, new StoreOptions(TimeSpan.FromSeconds(5), clock));
        SampleCorpus.Import(store, 4);
    }

    public void Dispose()
    {
        store.Dispose();
        db.Dispose();
    }

    [Fact]
    public void A_decision_is_committed_when_Decide_returns()
    {
        var decision = store.Decide(Two, DecisionKind.Accept, null, "ana");

        Assert.Equal(decision.Id, RawSqlite.Number(db.Path, "SELECT decision_id FROM pairs WHERE id = 2"));
        Assert.Equal("2026-03-01T09:00:00.000Z", RawSqlite.Text(db.Path, "SELECT at FROM decisions"));
    }

    [Fact]
    public void A_writer_holding_the_lock_past_the_timeout_gives_StoreBusyException()
    {
        using var quick = ReviewStore.Open(db.Path, new StoreOptions(TimeSpan.FromMilliseconds(200)));
        using var batch = store.BeginImport("slow.jsonl", "slow", "jsonl", "en", "ko");

        var error = Assert.Throws<StoreBusyException>(() => quick.Decide(Two, DecisionKind.Accept, null, "ben"));

        Assert.Contains("locked", error.Message);
        Assert.Equal(PairStatus.Pending, quick.StatusOf(Two));
    }
}
