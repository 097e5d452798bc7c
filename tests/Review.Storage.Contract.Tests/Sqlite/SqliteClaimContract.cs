namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteClaimContract() : ClaimContract(new SqliteStoreFixture());
