namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteTeamDecisionContract() : TeamDecisionContract(new SqliteStoreFixture());
