using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite.Tests;

/// <summary>Decisions as the file holds them, and SQLite's write lock.</summary>
public sealed class SqliteDecisionTests : IDisposable
{
    private static readonly PairId Two = new(2);

    private readonly ScratchDatabase _db = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ReviewStore _store;

    public SqliteDecisionTests()
    {
        _store = ReviewStore.Open(_db.Path, new StoreOptions(TimeSpan.FromSeconds(5), _clock));
        SampleCorpus.Import(_store, 4);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void A_decision_is_committed_when_Decide_returns()
    {
        var decision = _store.Decide(Two, DecisionKind.Accept, null, "ana");

        Assert.Equal(decision.Id, RawSqlite.Number(_db.Path, "SELECT decision_id FROM pairs WHERE id = 2"));
        Assert.Equal("2026-03-01T09:00:00.000Z", RawSqlite.Text(_db.Path, "SELECT at FROM decisions"));
    }

    [Fact]
    public void A_writer_holding_the_lock_past_the_timeout_gives_StoreBusyException()
    {
        using var quick = ReviewStore.Open(_db.Path, new StoreOptions(TimeSpan.FromMilliseconds(200)));
        using var batch = _store.BeginImport("slow.jsonl", "slow", "jsonl", "en", "ko");

        var error = Assert.Throws<StoreBusyException>(() => quick.Decide(Two, DecisionKind.Accept, null, "ben"));

        Assert.Contains("locked", error.Message);
        Assert.Equal(PairStatus.Pending, quick.StatusOf(Two));
    }
}
