namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresExportContract(PostgresServer server) : ExportContract(new PostgresStoreFixture(server));
