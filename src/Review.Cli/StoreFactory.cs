using Review.Core.Ports;
using Review.Storage.Postgres;
using Review.Storage.Sqlite;

namespace Review.Cli;

/// <summary>
/// The one place that picks a storage backend for a <c>--db</c> value: a <c>postgresql://</c> or
/// <c>postgres://</c> URL is a corpus on a PostgreSQL server, anything else an SQLite file. The rest
/// of the program sees only the ports of <see cref="IReviewStore"/>.
/// </summary>
internal static class StoreFactory
{
    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    /// <summary>Whether <paramref name="db"/> names a server rather than a file.</summary>
    public static bool IsServer(string db) => PgUrl.IsUrl(db);

    /// <summary>
    /// Opens the database, creating it when missing. With <paramref name="verifyInBackground"/> the
    /// whole-file check runs beside the first reads, and every write waits for its verdict (for the
    /// screen's first frame and for export, which should not wait for a read of the whole file).
    /// </summary>
    /// <param name="clock">What times decisions, imports and positions (migrate replays history on its own); null: the system clock.</param>
    public static IReviewStore Open(string db, bool verifyInBackground = false, TimeProvider? clock = null) =>
        IsServer(db)
            ? PostgresStore.Open(db, clock)
            : ReviewStore.Open(db, StoreOptions.Default with { VerifyInBackground = verifyInBackground, Clock = clock });

    /// <summary>Opens a database that must already exist: export, stats and check never create an empty one by mistake.</summary>
    public static IReviewStore OpenExisting(string db, bool verifyInBackground = false) =>
        IsServer(db) ? PostgresStore.Open(PgUrl.Parse(db), create: false)
        : File.Exists(db) ? Open(db, verifyInBackground)
        : throw new StoreException($"{db}: no such database (create one with review import)");

    /// <summary>Whether the file is a database (by its first bytes) rather than a data file to import; a server URL always is.</summary>
    public static bool IsStore(string path)
    {
        if (IsServer(path))
        {
            return true;
        }
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[SqliteHeader.Length];
        return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.SequenceEqual(SqliteHeader);
    }

    /// <summary>How messages name the database: a file's full path, or the URL with its password hidden.</summary>
    public static string DisplayName(string db) => IsServer(db) ? PgUrl.Redact(db) : Path.GetFullPath(db);

    /// <summary>
    /// A path whose folder holds the files read "beside the database" (keys.toml, review.toml): the
    /// database file itself, or for a server (which has no folder) a name in the working directory.
    /// </summary>
    public static string SettingsAnchor(string db) => IsServer(db) ? Path.Combine(Environment.CurrentDirectory, "server") : db;

    /// <summary>A short label for the screen's title: the file's name, or the database and schema of a server.</summary>
    public static string Label(string db) => IsServer(db) ? PgUrl.Parse(db).Label : Path.GetFileName(db);
}
