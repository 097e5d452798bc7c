namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteRestoredHistoryContract() : RestoredHistoryContract(new SqliteStoreFixture());
