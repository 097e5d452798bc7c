using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// How a write commits. SQLite has one writer at a time, and a commit at <c>synchronous = FULL</c>
/// holds the write lock through the fsync of the WAL: under 8 annotators every colleague's claim
/// queued behind that disk wait, then slept in SQLite's busy-handler steps (1, 2, 5, 10 ms...).
/// So every write here commits at <c>synchronous = NORMAL</c> (the frames are written, the lock is
/// let go at once) and a decision is flushed to disk after the lock is released, before the caller
/// hears it is saved.
/// </summary>
public sealed partial class ReviewStore
{
    // SQLite's default, for every write but the lease writes.
    private const int WalAutoCheckpointPages = 1000;

    // Lease writes checkpoint only past this, so that a long run of them without a decision (Tab
    // after Tab) still bounds the WAL; otherwise the decisions' checkpoints come first.
    private const int LeaseAutoCheckpointPages = 10 * WalAutoCheckpointPages;

    /// <summary>
    /// Runs <paramref name="work"/> in its own BEGIN IMMEDIATE transaction, retrying while another
    /// process writes, and returns once it is on disk. Sound because the WAL is append-only until a
    /// checkpoint has copied every frame into the file and synced it (a checkpoint at NORMAL still
    /// syncs): this commit's frames are either still in the WAL, where the fsync below reaches them,
    /// or already synced into the database file. The order of commits is kept either way.
    /// </summary>
    private T Write<T>(Func<T> work)
    {
        var result = Commit(work, checkpoint: true);
        FlushWal();
        return result;
    }

    /// <summary>
    /// A write of leases only (the claim, the renewal): not flushed at all, since a lease outlives no
    /// crash anyway and the next decision's flush makes it durable with everything before it. Nor
    /// does it run the WAL auto-checkpoint at the usual size: the checkpoint syncs the WAL and the
    /// file, and lands on a decision, whose caller waits for the disk anyway, rather than on "next pair".
    /// </summary>
    private T WriteLease<T>(Func<T> work) => Commit(work, checkpoint: false);

    private T Commit<T>(Func<T> work, bool checkpoint)
    {
        // Set outside the transaction and put back after it: an import batch or a schema upgrade,
        // which begin their own transactions, still commit at FULL.
        Execute("PRAGMA synchronous = NORMAL");
        if (!checkpoint)
        {
            Execute($"PRAGMA wal_autocheckpoint = {LeaseAutoCheckpointPages}");
        }
        try
        {
            return _busy.Run(() =>
            {
                using var write = Begin();
                try
                {
                    var result = work();
                    write.Commit();
                    return result;
                }
                finally
                {
                    _transaction = null;
                }
            });
        }
        finally
        {
            Execute("PRAGMA synchronous = FULL");
            if (!checkpoint)
            {
                Execute($"PRAGMA wal_autocheckpoint = {WalAutoCheckpointPages}");
            }
        }
    }

    /// <summary>
    /// An fsync of the WAL, opened afresh each time: an import may have left WAL mode and come back
    /// to a new file since. No WAL means the import's rollback journal is still in use (it failed to
    /// return to WAL), where a commit at NORMAL syncs the file itself.
    /// </summary>
    private void FlushWal()
    {
        try
        {
            using var wal = new FileStream(Path + "-wal", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            wal.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
        }
        catch (IOException e)
        {
            throw new StoreException($"{Path}: the write was made but could not be flushed to disk: {e.Message}") { Fault = StoreFault.Io };
        }
    }

    private void Execute(string pragma)
    {
        using var command = Command(pragma);
        command.ExecuteNonQuery();
    }
}
