using Review.Core.Ports;
using Review.Storage.Postgres;

namespace Review.Storage.Contract.Tests.Postgres;

/// <summary>The contract on a real PostgreSQL server: one server per test run, a fresh schema (an empty corpus) per test.</summary>
public sealed class PostgresStoreFixture(PostgresServer server) : StoreFixture
{
    private readonly string _url = server.NewCorpusUrl();

    public override IReviewStore Open(TimeProvider? clock = null) => PostgresStore.Open(_url, clock);

    // The schema goes with the server at the end of the run: dropping each one would cost a process per test.
    public override void Dispose()
    {
    }
}
