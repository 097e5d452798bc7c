using Microsoft.Data.Sqlite;
using Review.Core.Formats;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// Turns SQLite's result codes into messages that tell the causes apart. SQLite reports a full disk
/// as SQLITE_FULL while writing pages, but as a plain "disk I/O error" when it cannot grow the
/// <c>-shm</c> file at open, so an I/O error is called a full disk when the volume has no room left.
/// </summary>
public static class StoreFaults
{
    // Below this, SQLite cannot grow its 32 KB shared-memory file or write a page and its journal.
    private const long NearlyFull = 1L << 20;

    private const int SqlitePerm = 3;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoErr = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADb = 26;

    /// <summary>The exception to throw for <paramref name="e"/>, met while <paramref name="operation"/> (e.g. "save a decision").</summary>
    /// <summary>What a raw SQLite error that escaped a command means for the user, or null when it is not one.</summary>
    public static string? Describe(string path, Exception e) => Translate(path, e, "read the database")?.Message;

    /// <summary>A raw SQLite error as the store's own exception (see <see cref="Classify"/>), or null for any other exception.</summary>
    public static Exception? Translate(string path, Exception e, string operation) =>
        e is SqliteException sqlite ? Classify(path, sqlite, operation) : null;

    public static Exception Classify(string path, SqliteException e, string operation)
    {
        if (BusyRetry.IsBusy(e))
        {
            return new StoreBusyException(
                $"{path}: the database is busy (another process is importing into it); try again when the import has finished", e);
        }
        return e.SqliteErrorCode switch
        {
            SqliteFull => DiskFull(path, "write to the database", e),
            SqliteIoErr when IsNearlyFull(path) => DiskFull(path, operation, e),
            SqliteIoErr => Fault(StoreFault.Io, e,
                $"{path}: cannot {operation}: disk I/O error ({Detail(e)}); check the disk and try again; nothing was written"),
            SqliteReadOnly => ReadOnly(path, operation, FileAccessProbe.WhyReadOnly(path) ?? "SQLite opened it read-only", e),
            SqlitePerm or SqliteCantOpen => Fault(StoreFault.NoPermission, e,
                $"{path}: cannot {operation}: no permission or the file cannot be opened ({Detail(e)}); check the file and its folder"),
            SqliteCorrupt or SqliteNotADb => Damaged(path, "SQLite: " + Detail(e), e),
            _ => Fault(StoreFault.Other, e, $"{path}: cannot {operation}: {Detail(e)}"),
        };
    }

    public static StoreException ReadOnly(string path, string operation, string why, Exception? inner = null) =>
        Fault(StoreFault.ReadOnly, inner,
            $"{path}: the database is read-only ({why}): cannot {operation}; browsing, stats and export still work; make it writable to save decisions");

    public static StoreException Damaged(string path, string problems, Exception? inner) =>
        Fault(StoreFault.Damaged, inner,
            $"{path}: the database is damaged ({problems}); restore it from a backup or export what can be read; nothing was written");

    private static StoreException DiskFull(string path, string operation, Exception inner) =>
        Fault(StoreFault.DiskFull, inner,
            $"{path}: cannot {operation}: the disk is full ({FileFaults.FreeSpace(path)}); free some space and try again; nothing was written");

    private static StoreException Fault(StoreFault fault, Exception? inner, string message) =>
        inner is null ? new StoreException(message) { Fault = fault } : new StoreException(message, inner) { Fault = fault };

    private static string Detail(SqliteException e) =>
        e.Message.Replace("SQLite Error ", "SQLite error ", StringComparison.Ordinal).TrimEnd('.').Replace("'", "", StringComparison.Ordinal);

    private static bool IsNearlyFull(string path) => FileFaults.FreeBytes(path) is { } free && free < NearlyFull;
}
