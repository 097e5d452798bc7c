namespace Review.Storage.Contract.Tests.Postgres;

public sealed class PostgresClaimContract(PostgresServer server) : ClaimContract(new PostgresStoreFixture(server));
