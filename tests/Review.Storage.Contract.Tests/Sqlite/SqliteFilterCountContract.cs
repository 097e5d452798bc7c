namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteFilterCountContract() : FilterCountContract(new SqliteStoreFixture());
