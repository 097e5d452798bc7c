namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteFindingContract() : FindingContract(new SqliteStoreFixture());
