namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresRestoreContract(PostgresServer server) : RestoreContract(new PostgresStoreFixture(server));
