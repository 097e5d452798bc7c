namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresFindingOrderContract(PostgresServer server) : FindingOrderContract(new PostgresStoreFixture(server));
