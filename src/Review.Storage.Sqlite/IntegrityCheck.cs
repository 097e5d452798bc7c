using Microsoft.Data.Sqlite;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// <c>review check --integrity</c>: SQLite's full <c>integrity_check</c> (every page, and every index
/// against its table, which <c>quick_check</c> skips) and <c>foreign_key_check</c>, on demand. Opens
/// start from a stamp instead of reading the whole file (see <see cref="VerifiedStamp"/>), so this is
/// where a careful user asks for the whole read.
/// </summary>
public static class IntegrityCheck
{
    // The first problems say what is wrong; hundreds more say nothing new and would flood a terminal.
    private const int MaxProblems = 20;

    /// <summary>The problems found, none when the file is sound. A damaged file loses its stamp, so the next open checks it in full.</summary>
    /// <exception cref="StoreException">The file is missing, not a database, or cannot be read.</exception>
    public static IReadOnlyList<string> Run(string path)
    {
        if (!File.Exists(path))
        {
            throw new StoreException($"{path}: no such database");
        }
        var problems = new List<string>();
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                // Read-only: the check must not be what changes the file it judges.
                DataSource = StoreFile.ReadOnlySource(path),
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
            connection.Open();
            Collect(connection, $"PRAGMA integrity_check({MaxProblems})", problems, reader => reader.GetString(0));
            Collect(connection, "PRAGMA foreign_key_check", problems,
                reader => $"row {reader.GetInt64(1)} of {reader.GetString(0)} refers to a missing row of {reader.GetString(2)}");
        }
        catch (SqliteException e)
        {
            throw StoreFaults.Classify(path, e, "check the database");
        }
        problems.Remove("ok");
        if (problems.Count > 0)
        {
            VerifiedStamp.Leave(path, healthy: false);
        }
        return problems;
    }

    private static void Collect(SqliteConnection connection, string pragma, List<string> problems, Func<SqliteDataReader, string> describe)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        using var reader = command.ExecuteReader();
        while (reader.Read() && problems.Count < MaxProblems)
        {
            problems.Add(describe(reader).ReplaceLineEndings(" "));
        }
    }
}
