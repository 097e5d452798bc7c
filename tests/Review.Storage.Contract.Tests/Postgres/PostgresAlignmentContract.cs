namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresAlignmentContract(PostgresServer server) : AlignmentContract(new PostgresStoreFixture(server));
