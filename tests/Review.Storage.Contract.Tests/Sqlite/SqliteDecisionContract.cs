namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteDecisionContract() : DecisionContract(new SqliteStoreFixture());
