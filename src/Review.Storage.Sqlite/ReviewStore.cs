using Microsoft.Data.Sqlite;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// The review database: one SQLite file shared by every annotator working on a corpus. An instance
/// owns one connection and is not thread-safe; several processes may open the same file at once.
/// Every write is its own <c>BEGIN IMMEDIATE</c> transaction, committed before the method returns.
/// </summary>
public sealed partial class ReviewStore : IReviewStore
{
    private readonly SqliteConnection _connection;
    private readonly BusyRetry _busy;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _busyTimeout;
    private readonly FileVerification _verification;

    // Set once the store is open: a store that failed to open leaves no stamp behind.
    private bool _opened;

    // The write transaction in progress (an import batch or one write); every command joins it.
    private SqliteTransaction? _transaction;

    private ReviewStore(string path, SqliteConnection connection, FileVerification verification, StoreOptions options, string? readOnly)
    {
        Path = path;
        ReadOnlyReason = readOnly;
        _connection = connection;
        _verification = verification;
        _busy = new BusyRetry(path, options.BusyTimeout);
        _clock = options.Time;
        _busyTimeout = options.BusyTimeout;
    }

    public string Path { get; }

    public string Location => Path;

    /// <summary>Why nothing can be written (a read-only file, folder or mount), or null; reads work either way.</summary>
    public string? ReadOnlyReason { get; }

    /// <summary>Opens the file, creating it when missing; a damaged or foreign file throws <see cref="StoreException"/>.</summary>
    public static ReviewStore Open(string path, StoreOptions? options = null) =>
        Open(path, options, Migrations.Latest);

    internal static ReviewStore Open(string path, StoreOptions? options, int schemaVersion)
    {
        options ??= StoreOptions.Default;
        var fullPath = System.IO.Path.GetFullPath(path);
        var (connection, verification, readOnly) = StoreFile.Connect(fullPath, options, schemaVersion);
        var store = new ReviewStore(fullPath, connection, verification, options, readOnly);
        try
        {
            if (readOnly is not null && SchemaUpgrade.Needed(connection, schemaVersion))
            {
                throw StoreFaults.ReadOnly(fullPath, "bring it up to this version's schema", readOnly);
            }
            SchemaUpgrade.Apply(connection, store._busy, schemaVersion);
            store._opened = true;
            return store;
        }
        catch (SqliteException e)
        {
            store.Dispose();
            throw StoreFaults.Classify(fullPath, e, "prepare the database");
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _verification.Dispose();
        _connection.Dispose();
        VerifiedStamp.Leave(Path, _opened && _verification.Healthy);
    }

    internal SqliteConnection Connection => _connection;

    internal FileVerification Verification => _verification;

    internal SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    internal SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    internal long Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every write starts here, so none gets past a failed (or unfinished) quick_check.</summary>
    internal SqliteTransaction Begin()
    {
        RequireWritable();
        _verification.Require();
        if (_transaction is not null)
        {
            throw new InvalidOperationException("an import batch is still open on this store; commit or dispose it first");
        }
        _transaction = _connection.BeginTransaction(deferred: false);
        return _transaction;
    }

    private void RequireWritable()
    {
        if (ReadOnlyReason is { } why)
        {
            throw StoreFaults.ReadOnly(Path, "save anything", why);
        }
    }

    internal void EndTransaction() => _transaction = null;

    private DateTimeOffset Now() => _clock.GetUtcNow();

    // Stored times have millisecond precision; what a method returns must equal what is read back.
    private DateTimeOffset NowToTheMillisecond() =>
        DateTimeOffset.FromUnixTimeMilliseconds(Now().ToUnixTimeMilliseconds());
}
