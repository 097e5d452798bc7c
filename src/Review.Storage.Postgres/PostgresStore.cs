using Npgsql;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

/// <summary>
/// A review corpus in one schema of a PostgreSQL database, shared by annotators on several
/// machines. Like the SQLite store, an instance holds one connection and is used by one thread at a
/// time; every write is its own transaction, committed before the method returns. Every Npgsql or
/// server error leaves as a <see cref="StoreException"/> (see <see cref="PgFaults"/>), and a
/// connection the server dropped is replaced on the next call, so a save retried after a server
/// restart succeeds. Transactions are MVCC: readers never wait for writers, and where SQLite relies
/// on its single writer, this store takes row locks (<c>FOR NO KEY UPDATE</c>) instead.
/// </summary>
public sealed partial class PostgresStore : IReviewStore
{
    private const int ConflictRetries = 5;

    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _clock;
    private NpgsqlConnection? _connection;

    // The transaction in progress (an import batch or one write); every command joins it.
    private NpgsqlTransaction? _transaction;

    // A statement the transaction must run first (SET LOCAL), sent with its first command in one
    // round trip instead of one of its own.
    private string? _prelude;

    private PostgresStore(PgUrl url, NpgsqlDataSource source, TimeProvider clock)
    {
        Url = url;
        _source = source;
        _clock = clock;
    }

    public PgUrl Url { get; }

    public string Location => Url.Redacted;

    /// <summary>Opens the corpus at <paramref name="url"/>, creating its schema and tables when missing.</summary>
    public static PostgresStore Open(string url, TimeProvider? clock = null) => Open(PgUrl.Parse(url), create: true, clock);

    /// <summary>Opens the corpus; with <paramref name="create"/> false, a schema without review's tables is a <see cref="StoreException"/>.</summary>
    public static PostgresStore Open(PgUrl url, bool create, TimeProvider? clock = null)
    {
        var builder = new NpgsqlSlimDataSourceBuilder(url.Connection.ConnectionString);
        builder.EnableTransportSecurity();
        builder.EnableArrays();
        var store = new PostgresStore(url, builder.Build(), clock ?? TimeProvider.System);
        try
        {
            store.Guard("open the database", () => SchemaSetup.Prepare(store, url.Schema, create));
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Whether the corpus exists (its schema has review's tables), without creating anything.</summary>
    public static bool Exists(string url)
    {
        using var store = Open(PgUrl.Parse(url), create: false);
        return true;
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection?.Dispose();
        _source.Dispose();
    }

    internal NpgsqlDataSource Source => _source;

    internal NpgsqlConnection Connection
    {
        get
        {
            if (_connection is { State: System.Data.ConnectionState.Open })
            {
                return _connection;
            }
            _connection?.Dispose();
            _connection = null;
            _connection = _source.OpenConnection();
            return _connection;
        }
    }

    /// <summary>
    /// Set by an import batch while its COPY may be open: a connection in COPY takes no other
    /// command, so a read during an import (the importer asks whether the file's hash is already
    /// known) ends the COPY first; the batch starts the next one when the next pair comes.
    /// </summary>
    internal Action? PauseCopy { get; set; }

    internal NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        PauseCopy?.Invoke();
        var command = new NpgsqlCommand(_prelude is null ? sql : _prelude + ";\n" + sql, Connection, _transaction);
        _prelude = null;
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

    internal int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a read, translating failures; a dropped connection is replaced by the next call.</summary>
    internal T Guard<T>(string operation, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (PgFaults.Translate(Location, e, operation) is { } translated)
        {
            Forget(e);
            throw translated;
        }
    }

    internal void Guard(string operation, Action work) => Guard(operation, () =>
    {
        work();
        return 0;
    });

    /// <summary>
    /// Runs <paramref name="work"/> in its own transaction (read committed), committed before
    /// returning. A deadlock between two writers is resolved by running the loser again, as SQLite's
    /// busy retry does for its lock.
    /// </summary>
    internal T Write<T>(string operation, Func<T> work) => Guard(operation, () =>
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("an import batch is still open on this store; commit or dispose it first");
        }
        for (var attempt = 1; ; attempt++)
        {
            _transaction = Connection.BeginTransaction();
            try
            {
                var result = work();
                _transaction.Commit();
                return result;
            }
            catch (Exception e) when (PgFaults.Retryable(e) && attempt < ConflictRetries)
            {
                _transaction.Rollback();
            }
            finally
            {
                _transaction?.Dispose();
                _transaction = null;
                _prelude = null;
            }
        }
    });

    internal NpgsqlTransaction BeginBatch()
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("an import batch is still open on this store; commit or dispose it first");
        }
        _transaction = Connection.BeginTransaction();
        return _transaction;
    }

    internal void EndBatch() => _transaction = null;

    private void Forget(Exception e)
    {
        if (PgFaults.Broken(e))
        {
            _transaction = null;
            _connection?.Dispose();
            _connection = null;
        }
    }

    private DateTimeOffset Now() => _clock.GetUtcNow();

    // Stored times are kept to the millisecond, as on SQLite: what a method returns equals what is read back.
    private DateTimeOffset NowToTheMillisecond() =>
        DateTimeOffset.FromUnixTimeMilliseconds(Now().ToUnixTimeMilliseconds());

    private ArgumentException UnknownPair(Review.Core.Pairs.PairId id) =>
        new($"{Location}: there is no pair {id}", nameof(id));
}
