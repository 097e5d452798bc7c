namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteImportContract() : ImportContract(new SqliteStoreFixture());
