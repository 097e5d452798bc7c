namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteExportContract() : ExportContract(new SqliteStoreFixture());
