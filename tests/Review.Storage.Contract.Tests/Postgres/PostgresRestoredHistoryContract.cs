namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresRestoredHistoryContract(PostgresServer server) : RestoredHistoryContract(new PostgresStoreFixture(server));
