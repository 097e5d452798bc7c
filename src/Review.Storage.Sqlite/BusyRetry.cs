using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// Retries work that met a locked database until the busy timeout has passed. SQLite's own busy
/// handler already waits inside most calls; this loop covers the cases it does not (a lock met
/// while starting a transaction or while another process checkpoints) and turns the final failure
/// into a <see cref="StoreBusyException"/> instead of a raw "database is locked".
/// </summary>
internal sealed class BusyRetry(string path, TimeSpan timeout)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public T Run<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var attempt = 0;
        while (true)
        {
            try
            {
                return work();
            }
            catch (SqliteException e) when (IsBusy(e))
            {
                if (clock.Elapsed >= timeout)
                {
                    throw new StoreBusyException(
                        $"{path}: the database stayed locked by another process for more than {timeout.TotalSeconds:0.#} s; nothing was written", e);
                }
                Thread.Sleep(Backoff(++attempt));
            }
            catch (SqliteException e)
            {
                throw StoreFaults.Classify(path, e, "write to the database");
            }
        }
    }

    public static bool IsBusy(SqliteException e) => e.SqliteErrorCode is SqliteBusy or SqliteLocked;

    // Jitter keeps several waiting annotators from retrying in lockstep.
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(50, 5 * attempt) + Random.Shared.Next(0, 10));
}
