using System.Globalization;
using Microsoft.Data.Sqlite;
using Review.Core.Formats;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// Opens the SQLite file and makes sure it is ours and healthy before anything is written to it:
/// the header, the application id, the schema version and <c>quick_check</c> (or, by option, a
/// <c>quick_check</c> that every write waits for) come first,
/// and only then are WAL and the migrations applied.
/// </summary>
internal static class StoreFile
{
    private const long WalSizeLimit = 64L << 20;

    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    /// <summary>
    /// Opens the connection. With <see cref="StoreOptions.VerifyInBackground"/>, quick_check runs
    /// beside the caller unless opening itself must write (a migration, the switch to WAL), in
    /// which case the file is checked first, as always without the option. A file that a
    /// <see cref="VerifiedStamp"/> vouches for is not checked before writes (docs/database-integrity.md).
    /// </summary>
    public static (SqliteConnection Connection, FileVerification Verification, string? ReadOnly) Connect(string path, StoreOptions options, int schemaVersion)
    {
        var exists = File.Exists(path);
        if (exists)
        {
            RequireSqliteHeader(path);
        }
        // A folder or file the kernel will not let us write still opens for reading (browse, stats, export).
        var readOnly = FileAccessProbe.WhyReadOnly(path);
        if (readOnly is not null && !exists)
        {
            throw new StoreException($"{path}: cannot create the database: {readOnly}; choose a folder you can write to") { Fault = StoreFault.NoPermission };
        }
        // Read before the connection exists: opening it may create the WAL that a stamp must not see.
        // A read-only file keeps its stamp: this open cannot delete it, and writes nothing anyway.
        var stamped = exists && readOnly is null && VerifiedStamp.Consume(path);
        var connection = new SqliteConnection(ConnectionString(path, exists, readOnly is not null, options));
        FileVerification? verification = null;
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}");
            verification = exists ? Verify(connection, path, options, schemaVersion, stamped, readOnly is not null) : FileVerification.Passed(path, options);
            if (readOnly is null)
            {
                EnableWal(connection, path);
                Execute(connection, "PRAGMA synchronous = FULL");
                // A big import grows the WAL to the size of the file; truncate it after checkpoints.
                Execute(connection, $"PRAGMA journal_size_limit = {WalSizeLimit}");
            }
            return (connection, verification, readOnly);
        }
        catch (SqliteException e)
        {
            Abandon(connection, verification);
            throw StoreFaults.Classify(path, e, "open the database");
        }
        catch
        {
            Abandon(connection, verification);
            throw;
        }
    }

    private static void Abandon(SqliteConnection connection, FileVerification? verification)
    {
        verification?.Dispose();
        connection.Dispose();
    }

    private static FileVerification Verify(SqliteConnection connection, string path, StoreOptions options, int schemaVersion, bool stamped, bool readOnly)
    {
        if (stamped)
        {
            RequireReviewSchema(connection, path);
            // A long session re-reads the file beside the annotator, without holding any write.
            return options.VerifyInBackground
                ? FileVerification.InBackground(path, options, trusted: true)
                : FileVerification.Passed(path, options, trusted: true);
        }
        if (!options.VerifyInBackground)
        {
            RequireHealthy(connection, path);
            RequireReviewSchema(connection, path);
            return FileVerification.Passed(path, options);
        }
        // A foreign or newer file is refused at once; the check only decides about damage.
        RequireReviewSchema(connection, path);
        if (OpeningWrites(connection, schemaVersion))
        {
            RequireHealthy(connection, path);
            return FileVerification.Passed(path, options);
        }
        return FileVerification.InBackground(path, options, readOnly);
    }

    private static bool OpeningWrites(SqliteConnection connection, int schemaVersion) =>
        SchemaUpgrade.Version(connection) < schemaVersion
        || SchemaUpgrade.ApplicationId(connection) != Migrations.ApplicationId
        || !string.Equals(JournalMode(connection), "wal", StringComparison.OrdinalIgnoreCase);

    private static void RequireHealthy(SqliteConnection connection, string path)
    {
        if (QuickCheck.Run(connection, path) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private static string ConnectionString(string path, bool exists, bool readOnly, StoreOptions options) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = readOnly ? ReadOnlySource(path) : path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : exists ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            // A pooled connection would keep the file open after Dispose.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();

    /// <summary>
    /// SQLite reads a WAL file only through its <c>-shm</c> file, which a read-only folder cannot
    /// hold; when the WAL is empty or gone everything is in the main file, which is then opened as
    /// immutable (no locks, no <c>-shm</c>). With a WAL still holding pages the <c>-shm</c> must exist.
    /// </summary>
    public static string ReadOnlySource(string path)
    {
        var wal = new FileInfo(path + "-wal");
        if (wal.Exists && wal.Length > 0)
        {
            return path;
        }
        var escaped = path.Replace("%", "%25", StringComparison.Ordinal).Replace("?", "%3f", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal);
        return $"file:{escaped}?immutable=1";
    }

    private static void RequireSqliteHeader(string path)
    {
        Span<byte> header = stackalloc byte[16];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(FileFaults.Describe(path, e, "read the file"), e) { Fault = StoreFault.NoPermission };
        }
        if (read == 0)
        {
            throw new StoreException($"{path}: an empty file (0 bytes), not a review database; delete it, or give --db a new name to create one; nothing was written");
        }
        if (read < header.Length || !header.SequenceEqual(SqliteHeader))
        {
            throw new StoreException($"{path}: not a review database (the file is not SQLite); nothing was written");
        }
    }

    private static void RequireReviewSchema(SqliteConnection connection, string path)
    {
        var applicationId = SchemaUpgrade.ApplicationId(connection);
        if (applicationId != Migrations.ApplicationId)
        {
            if (SchemaObjectCount(connection) > 0)
            {
                throw new StoreException($"{path}: an SQLite database of another program, not a review database; nothing was written");
            }
            return;
        }
        var version = SchemaUpgrade.Version(connection);
        if (version > Migrations.Latest)
        {
            throw new StoreException(
                $"{path}: written by a newer review (schema {version}, this one knows up to {Migrations.Latest}); nothing was written");
        }
    }

    private static long SchemaObjectCount(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void EnableWal(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException($"{path}: cannot switch the database to WAL mode (got '{mode}'); is it on a network file system?");
        }
    }

    private static string? JournalMode(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return command.ExecuteScalar() as string;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
