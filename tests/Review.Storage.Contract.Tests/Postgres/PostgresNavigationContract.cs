namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresNavigationContract(PostgresServer server) : NavigationContract(new PostgresStoreFixture(server));
