using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Review.Storage.Sqlite;

/// <summary>
/// WAL writes every page twice (into the WAL, then into the file at the checkpoint). A rollback
/// journal only records pages that existed before, so appending a big file costs one write. An
/// import therefore leaves WAL for its duration, but only when no other connection has the file
/// open (SQLite refuses the switch otherwise, at once, since the busy wait is off for it); with
/// others present it simply runs in WAL. Either way the transaction is atomic and durable, and
/// the file is back in WAL when the batch ends (any later open would restore it too).
/// </summary>
internal static class ImportJournal
{
    public static bool TryLeaveWal(SqliteConnection connection, TimeSpan busyTimeout) =>
        WithBusyTimeout(connection, TimeSpan.Zero, busyTimeout, "PRAGMA journal_mode = DELETE")
        && Mode(connection) == "delete";

    public static void ReturnToWal(SqliteConnection connection, TimeSpan busyTimeout) =>
        WithBusyTimeout(connection, busyTimeout, busyTimeout, "PRAGMA journal_mode = WAL");

    private static bool WithBusyTimeout(SqliteConnection connection, TimeSpan wait, TimeSpan restore, string sql)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("the connection is closed");
        raw.sqlite3_busy_timeout(database, (int)wait.TotalMilliseconds);
        try
        {
            return raw.sqlite3_exec(database, sql) == raw.SQLITE_OK;
        }
        finally
        {
            raw.sqlite3_busy_timeout(database, (int)restore.TotalMilliseconds);
        }
    }

    private static string? Mode(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (command.ExecuteScalar() as string)?.ToLowerInvariant();
    }
}
