namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresFilterCountContract(PostgresServer server) : FilterCountContract(new PostgresStoreFixture(server));
