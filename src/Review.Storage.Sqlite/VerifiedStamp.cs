using System.Globalization;

namespace Review.Storage.Sqlite;

/// <summary>
/// The note a store leaves beside a file it closes knowing it healthy (<c>FILE-verified</c>): the
/// file's size, modification time and first 100 bytes (SQLite's header, whose change counter moves
/// at every checkpoint). When all three still match and no WAL is beside the file, nothing has
/// written to it since that close, so opening it need not wait for <c>quick_check</c>, which reads
/// the whole file (5.6 s at 10M pairs warm, minutes cold). Any byte written to the file afterwards,
/// a flipped one included, moves its modification time, and the stamp no longer matches.
/// </summary>
internal static class VerifiedStamp
{
    private const string Magic = "review-verified 1";
    private const int HeaderBytes = 100;

    // Longer than the coarsest file-time tick (10 ms jiffies on older Linux kernels, 15.6 ms on
    // NTFS): a write after the stamp can then never carry the stamped modification time.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(50);

    public static string PathOf(string database) => database + "-verified";

    /// <summary>
    /// Whether the file is exactly as a healthy close left it. The stamp is used up either way, so
    /// an open that never closes cleanly (a crash, a kill) leaves none behind for the next one.
    /// </summary>
    public static bool Consume(string database)
    {
        var stamp = PathOf(database);
        try
        {
            if (!File.Exists(stamp))
            {
                return false;
            }
            var recorded = File.ReadAllText(stamp);
            File.Delete(stamp);
            return !HasWal(database) && recorded == Fingerprint(database);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// After the store's connection is closed: stamps a healthy file, or removes the stamp of a file
    /// that is damaged or was not checked. A file still open elsewhere keeps part of its content in
    /// the WAL, so it is left unstamped: the last process to close it stamps it.
    /// </summary>
    public static void Leave(string database, bool healthy)
    {
        var stamp = PathOf(database);
        try
        {
            if (!healthy || HasWal(database) || !File.Exists(database))
            {
                File.Delete(stamp);
                return;
            }
            var fingerprint = SettledFingerprint(database);
            if (fingerprint is null)
            {
                File.Delete(stamp);
                return;
            }
            var partial = stamp + ".partial";
            File.WriteAllText(partial, fingerprint);
            File.Move(partial, stamp, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only folder: without a stamp the next open checks the whole file, as it must.
        }
    }

    /// <summary>The fingerprint once the file's clock has moved past its last write; null if it was written meanwhile.</summary>
    private static string? SettledFingerprint(string database)
    {
        var before = Fingerprint(database);
        var wait = File.GetLastWriteTimeUtc(database) + Settle - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            Thread.Sleep(wait);
        }
        return Fingerprint(database) == before ? before : null;
    }

    private static string Fingerprint(string database)
    {
        var file = new FileInfo(database);
        Span<byte> header = stackalloc byte[HeaderBytes];
        using (var stream = new FileStream(database, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            header = header[..stream.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false)];
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{Magic}\nsize {file.Length}\nmodified {file.LastWriteTimeUtc.Ticks}\nheader {Convert.ToHexString(header)}\n");
    }

    private static bool HasWal(string database)
    {
        var wal = new FileInfo(database + "-wal");
        return wal.Exists && wal.Length > 0;
    }
}
