using System.Runtime.ExceptionServices;
using Microsoft.Data.Sqlite;
using Review.Core.Ports;
using SQLitePCL;

namespace Review.Storage.Sqlite;

/// <summary>
/// The quick_check verdict on a file that every write must wait for. Either it is known when the
/// store opens, or the check runs on its own read-only connection while the caller reads (and
/// draws) meanwhile; the first write then waits for the verdict and, when the file is damaged,
/// throws the check's <see cref="StoreException"/> before anything is written. A file that a
/// <see cref="VerifiedStamp"/> vouches for is trusted: its check runs too, but writes do not wait
/// for it, and only a verdict of damage, once in, stops them.
/// </summary>
internal sealed class FileVerification : IDisposable
{
    // How many SQLite VM steps the check runs between looks at the cancel flag.
    private const int CancelPollSteps = 10_000;
    private const int CheckCacheKiB = 256;

    private readonly string _path;
    private readonly StoreOptions _options;
    private readonly bool _trusted;
    private Task<Exception?> _verdict;
    private volatile bool _cancelled;
    private bool _readOnly;
    private int _runs;

    private FileVerification(string path, StoreOptions options, Task<Exception?> verdict, int runs, bool trusted = false)
    {
        _path = path;
        _options = options;
        _verdict = verdict;
        _runs = runs;
        _trusted = trusted;
    }

    /// <summary>The file was checked (or created) while the store opened, or a stamp vouched for it (trusted).</summary>
    public static FileVerification Passed(string path, StoreOptions options, bool trusted = false) =>
        new(path, options, Task.FromResult<Exception?>(null), runs: 0, trusted);

    public static FileVerification InBackground(string path, StoreOptions options, bool trusted = false, bool readOnly = false)
    {
        var verification = new FileVerification(path, options, Task.FromResult<Exception?>(null), runs: 0, trusted) { _readOnly = readOnly };
        verification._verdict = Task.Factory.StartNew(
            verification.Check, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return verification;
    }

    /// <summary>How many background checks this open has started (a test's window on "once per open").</summary>
    public int Runs => Volatile.Read(ref _runs);

    public bool Completed => _verdict.IsCompleted;

    /// <summary>Whether a <see cref="VerifiedStamp"/> let the file in without waiting for the check.</summary>
    public bool Trusted => _trusted;

    /// <summary>
    /// Whether the file may be stamped healthy when the store closes: the check passed, or the file
    /// came in trusted and no verdict of damage arrived (a check stopped by the close is no verdict).
    /// </summary>
    public bool Healthy => !_verdict.IsCompletedSuccessfully
        ? _trusted
        : _verdict.Result switch
        {
            null => true,
            OperationCanceledException or StoreBusyException => _trusted,
            _ => false,
        };

    /// <summary>Waits for the verdict; throws what the check found instead of letting a write through.</summary>
    public void Require()
    {
        if (_trusted && !_verdict.IsCompleted)
        {
            return;
        }
        var failure = _verdict.GetAwaiter().GetResult();
        if (failure is OperationCanceledException || (failure is StoreBusyException && _trusted))
        {
            return;
        }
        if (failure is StoreBusyException)
        {
            // The file stayed locked for the whole check (another process's import): ask again now,
            // and keep asking on later writes until it gets an answer.
            _verdict = Task.FromResult(Check());
            failure = _verdict.Result;
        }
        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Stops a check still running and waits for its connection to close.</summary>
    public void Dispose()
    {
        _cancelled = true;
        _verdict.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
    }

    private Exception? Check()
    {
        Interlocked.Increment(ref _runs);
        try
        {
            using var connection = new SqliteConnection(ConnectionString());
            connection.Open();
            raw.sqlite3_busy_timeout(connection.Handle, (int)_options.BusyTimeout.TotalMilliseconds);
            raw.sqlite3_progress_handler(connection.Handle, CancelPollSteps, _ => _cancelled ? 1 : 0, null);
            // quick_check reads each page once, so a page cache only holds memory beside the annotator's
            // screen (2 MB at SQLite's default, once the file is bigger than that); the kernel caches the file anyway.
            using (var small = connection.CreateCommand())
            {
                small.CommandText = $"PRAGMA cache_size = -{CheckCacheKiB}";
                small.ExecuteNonQuery();
            }
            var failure = QuickCheck.Run(connection, _path);
            // Interrupted by the close, the check says nothing about the file.
            return _cancelled ? new OperationCanceledException() : failure;
        }
        catch (SqliteException e)
        {
            return StoreFaults.Classify(_path, e, "check the database");
        }
    }

    // Read-only: whatever happens to the check, it cannot write to the file it is judging.
    private string ConnectionString() => new SqliteConnectionStringBuilder
    {
        DataSource = _readOnly ? StoreFile.ReadOnlySource(_path) : _path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();
}
