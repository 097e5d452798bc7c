using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Review.Storage.Sqlite;

/// <summary>Result codes of calls made straight on SQLite's C API, turned into the exception Microsoft.Data.Sqlite would throw.</summary>
internal static class SqliteResult
{
    public static void Check(sqlite3 database, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }
}
