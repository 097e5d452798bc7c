using Microsoft.Data.Sqlite;

namespace Review.Storage.Sqlite;

/// <summary>Brings a file to a schema version inside one write transaction.</summary>
internal static class SchemaUpgrade
{
    public static long Version(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        Scalar(connection, transaction, "PRAGMA user_version");

    public static long ApplicationId(SqliteConnection connection) =>
        Scalar(connection, null, "PRAGMA application_id");

    /// <summary>
    /// Applies the missing steps up to <paramref name="target"/>. The version is read again after
    /// the write lock is taken, because another annotator may have upgraded the file meanwhile.
    /// </summary>
    public static bool Needed(SqliteConnection connection, int target) =>
        Version(connection) < target || ApplicationId(connection) != Migrations.ApplicationId;

    public static void Apply(SqliteConnection connection, BusyRetry busy, int target)
    {
        if (!Needed(connection, target))
        {
            return;
        }
        busy.Run(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = Version(connection, transaction);
            foreach (var step in Migrations.All.Where(m => m.Version > current && m.Version <= target))
            {
                Execute(connection, transaction, step.Sql);
            }
            Execute(connection, transaction, $"PRAGMA user_version = {Math.Max(current, target)}");
            Execute(connection, transaction, $"PRAGMA application_id = {Migrations.ApplicationId}");
            transaction.Commit();
            return true;
        });
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
