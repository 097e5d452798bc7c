namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresDecisionContract(PostgresServer server) : DecisionContract(new PostgresStoreFixture(server));
