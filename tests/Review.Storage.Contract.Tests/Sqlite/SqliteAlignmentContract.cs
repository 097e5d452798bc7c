namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteAlignmentContract() : AlignmentContract(new SqliteStoreFixture());
