namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresFindingContract(PostgresServer server) : FindingContract(new PostgresStoreFixture(server));
