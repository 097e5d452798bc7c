namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteRestoreContract() : RestoreContract(new SqliteStoreFixture());
