using Review.Core.Ports;
using Review.Storage.Sqlite;

namespace Review.Storage.Contract.Tests.Sqlite;

/// <summary>The contract on a real SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly ScratchDatabase _db = new();

    public override IReviewStore Open(TimeProvider? clock = null) =>
        ReviewStore.Open(_db.Path, new StoreOptions(TimeSpan.FromSeconds(5), clock));

    public override void Dispose() => _db.Dispose();
}
