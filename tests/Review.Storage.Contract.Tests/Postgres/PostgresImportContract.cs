namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresImportContract(PostgresServer server) : ImportContract(new PostgresStoreFixture(server));
