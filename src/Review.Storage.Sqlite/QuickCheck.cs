using Microsoft.Data.Sqlite;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// <c>PRAGMA quick_check</c>: reads every page of the file, so its cost grows with the file
/// (a third of a second to seconds at a million pairs). The failure comes back as a value so that
/// a check running in the background can hand it to the first write.
/// </summary>
internal static class QuickCheck
{
    /// <summary>Null when the file is healthy; otherwise the exception its writes must throw.</summary>
    public static Exception? Run(SqliteConnection connection, string path)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            using var reader = command.ExecuteReader();
            var problems = new List<string>();
            while (reader.Read() && problems.Count < 3)
            {
                problems.Add(reader.GetString(0).ReplaceLineEndings(" "));
            }
            return problems is ["ok"] ? null : StoreFaults.Damaged(path, "quick_check: " + string.Join("; ", problems), null);
        }
        catch (SqliteException e)
        {
            // A full disk or a locked file is not damage: the check could not read, and says why.
            return StoreFaults.Classify(path, e, "check the database");
        }
    }
}
