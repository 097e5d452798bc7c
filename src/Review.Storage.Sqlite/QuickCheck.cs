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
                problems.Add(reader.GetString(0));
            }
            return problems is ["ok"] ? null : Damaged(path, string.Join("; ", problems), null);
        }
        catch (SqliteException e) when (BusyRetry.IsBusy(e))
        {
            return new StoreBusyException(
                $"{path}: the database is busy (another process is importing into it); try again when the import has finished", e);
        }
        catch (SqliteException e)
        {
            return Damaged(path, e.Message, e);
        }
    }

    private static StoreException Damaged(string path, string problems, Exception? inner)
    {
        var message = $"{path}: the database is damaged ({problems}); nothing was written";
        return inner is null ? new StoreException(message) : new StoreException(message, inner);
    }
}
