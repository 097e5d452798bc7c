using Microsoft.Data.Sqlite;

namespace Review.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void SqliteOpens()
    {
        using var c = new SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "select sqlite_version()";
        Assert.StartsWith("3.", (string)cmd.ExecuteScalar()!);
    }
}
