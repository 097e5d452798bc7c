namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteFindingOrderContract() : FindingOrderContract(new SqliteStoreFixture());
