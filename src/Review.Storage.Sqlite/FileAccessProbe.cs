using Review.Core.Formats;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// Finds out whether a database can be written before SQLite tries. Permission bits are no answer
/// (root ignores them), so the probe asks the kernel: it opens the file for writing without writing,
/// and creates and deletes an empty file in the folder, where SQLite keeps its <c>-wal</c> and
/// <c>-shm</c> files. An immutable file (chattr +i) or a read-only mount refuses both, even to root.
/// </summary>
internal static class FileAccessProbe
{
    /// <summary>Why the database at <paramref name="path"/> cannot be written, or null when it can.</summary>
    public static string? WhyReadOnly(string path)
    {
        if (File.Exists(path) && !CanOpenForWriting(path))
        {
            return "the file cannot be written";
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return CanCreateIn(folder) ? null : "its folder cannot be written";
    }

    private static bool CanOpenForWriting(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private static bool CanCreateIn(string folder)
    {
        var probe = Path.Combine(folder, $".review-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException && !FileFaults.IsDiskFull(e))
        {
            return false;
        }
        catch (IOException)
        {
            // A full disk still lets SQLite open and read; the write itself will say the disk is full.
            return true;
        }
    }
}
