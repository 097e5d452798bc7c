namespace Review.Storage.Contract.Tests.Sqlite;

public sealed class SqliteNavigationContract() : NavigationContract(new SqliteStoreFixture());
