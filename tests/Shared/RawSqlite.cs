using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Review.Tests.Shared;

/// <summary>Looks inside a database file directly, the way a person with sqlite3 would.</summary>
internal static class RawSqlite
{
    public static string Text(string path, string sql) =>
        Convert.ToString(Run(path, sql), CultureInfo.InvariantCulture) ?? "";

    public static long Number(string path, string sql) =>
        Convert.ToInt64(Run(path, sql), CultureInfo.InvariantCulture);

    public static void Execute(string path, string sql) => Run(path, sql);

    public static string QueryPlan(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }
        return string.Join("\n", steps);
    }

    private static object? Run(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
