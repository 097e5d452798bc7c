namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresWorkQueueContract(PostgresServer server) : WorkQueueContract(new PostgresStoreFixture(server));
