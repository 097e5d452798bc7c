using System.Net.Sockets;
using Npgsql;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

/// <summary>
/// Turns Npgsql's and the server's errors into the store's own <see cref="StoreException"/>, with a
/// one-line message naming the (redacted) URL and a <see cref="StoreFault"/> the screen can act on:
/// a server that cannot be reached is retried, a wrong password or a missing database is not.
/// </summary>
internal static class PgFaults
{
    /// <summary>The store's exception for <paramref name="e"/>, or null when it is not a database error (a bug, not to be hidden).</summary>
    public static StoreException? Translate(string location, Exception e, string operation) => e switch
    {
        StoreException already => already,
        PostgresException server => Server(location, server, operation),
        NpgsqlException { InnerException: TimeoutException } or TimeoutException =>
            Fault(StoreFault.Unreachable, e, $"{location}: cannot {operation}: the server did not answer in time; check that it runs and try again"),
        // TLS problems are settings to change, not outages to wait out: neither is retried.
        NpgsqlException tls when tls.Message.StartsWith("SSL connection requested", StringComparison.Ordinal) => Fault(StoreFault.Other, e,
            $"{location}: the server does not offer TLS, which the URL's sslmode asks for; turn ssl on in the server, or use sslmode=prefer"),
        NpgsqlException { InnerException: System.Security.Authentication.AuthenticationException } tls => Fault(StoreFault.Other, e,
            $"{location}: the server's TLS certificate was not accepted ({Detail(tls)}); name the certificate that signed it with sslrootcert=, or encrypt without checking with sslmode=require"),
        NpgsqlException client => Fault(StoreFault.Unreachable, e,
            $"{location}: cannot {operation}: the server cannot be reached ({Detail(client)}); check that it runs and try again"),
        SocketException or IOException => Fault(StoreFault.Unreachable, e,
            $"{location}: cannot {operation}: the connection to the server broke ({e.Message.TrimEnd('.')})"),
        _ => null,
    };

    /// <summary>Whether the connection can no longer be used (the next call opens a new one).</summary>
    public static bool Broken(Exception e) =>
        e is NpgsqlException and not PostgresException || e is SocketException or IOException or TimeoutException
        || e is PostgresException { SqlState: var state } && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal));

    /// <summary>A conflict between two transactions that is resolved by running the loser again.</summary>
    public static bool Retryable(Exception e) =>
        (e is StoreException { InnerException: { } inner } ? inner : e)
            is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    private static StoreException Server(string location, PostgresException e, string operation)
    {
        var detail = Detail(e);
        return e.SqlState switch
        {
            PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => Fault(StoreFault.NoPermission, e,
                $"{location}: authentication failed ({detail}); give the password in PGPASSWORD or ~/.pgpass, never on the command line"),
            PostgresErrorCodes.InsufficientPrivilege => Fault(StoreFault.NoPermission, e,
                $"{location}: cannot {operation}: no permission ({detail}); grant the role access to the schema"),
            PostgresErrorCodes.InvalidCatalogName => Fault(StoreFault.Other, e,
                $"{location}: no such database ({detail}); create it first (see docs/postgres.md)"),
            PostgresErrorCodes.DiskFull => Fault(StoreFault.DiskFull, e,
                $"{location}: cannot {operation}: the server's disk is full; nothing was written"),
            PostgresErrorCodes.ReadOnlySqlTransaction => Fault(StoreFault.ReadOnly, e,
                $"{location}: the database is read-only ({detail}): cannot {operation}; browsing, stats and export still work"),
            PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                or PostgresErrorCodes.QueryCanceled => Fault(StoreFault.Busy, e,
                $"{location}: cannot {operation}: the database is busy ({detail}); try again"),
            PostgresErrorCodes.DataCorrupted or PostgresErrorCodes.IndexCorrupted => Fault(StoreFault.Damaged, e,
                $"{location}: the database is damaged ({detail}); restore it from a backup; nothing was written"),
            PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown
                or PostgresErrorCodes.CrashShutdown => Fault(StoreFault.Unreachable, e,
                $"{location}: cannot {operation}: the server is not available ({detail}); try again"),
            var state when state.StartsWith("08", StringComparison.Ordinal) => Fault(StoreFault.Unreachable, e,
                $"{location}: cannot {operation}: the connection to the server broke ({detail})"),
            _ => Fault(StoreFault.Other, e, $"{location}: cannot {operation}: {detail}"),
        };
    }

    private static string Detail(Exception e)
    {
        var message = e is PostgresException server ? $"{server.SqlState}: {server.MessageText}" : (e.InnerException ?? e).Message;
        return PgUrl.Redact(message.ReplaceLineEndings(" ").TrimEnd('.'));
    }

    private static StoreException Fault(StoreFault fault, Exception inner, string message) =>
        new(message, inner) { Fault = fault };
}
