namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresTeamDecisionContract(PostgresServer server) : TeamDecisionContract(new PostgresStoreFixture(server));
