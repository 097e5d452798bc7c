namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteWorkQueueContract() : WorkQueueContract(new SqliteStoreFixture());
