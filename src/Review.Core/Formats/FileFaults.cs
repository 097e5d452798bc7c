using System.Globalization;

namespace Review.Core.Formats;

/// <summary>What the OS said when a file could not be written, in words that tell a full disk from a permission problem.</summary>
public static class FileFaults
{
    /// <summary>ENOSPC or EDQUOT, whatever .NET made of it.</summary>
    public static bool IsDiskFull(Exception e) =>
        e.HResult is 28 or 122 or unchecked((int)0x80070070) or unchecked((int)0x80070027)
        || e.Message.Contains("No space left on device", StringComparison.Ordinal)
        || e.Message.Contains("Disk quota exceeded", StringComparison.Ordinal);

    /// <summary>"<paramref name="path"/>: cannot OPERATION: why; what to do", for an I/O failure on that file.</summary>
    public static string Describe(string path, Exception e, string operation) => e switch
    {
        _ when IsDiskFull(e) => $"{path}: cannot {operation}: the disk is full ({FreeSpace(path)}); free some space and try again",
        UnauthorizedAccessException => $"{path}: cannot {operation}: no permission (the file, its folder or the mount refuses it)",
        _ when e.HResult == 30 || e.Message.Contains("Read-only file system", StringComparison.Ordinal) =>
            $"{path}: cannot {operation}: the file system is read-only",
        _ => $"{path}: cannot {operation}: {e.Message}",
    };

    /// <summary>"12 KB free in /mnt/data" or, when the volume cannot be asked, "no space left".</summary>
    public static string FreeSpace(string path) => FreeBytes(path) is { } free
        ? string.Create(CultureInfo.InvariantCulture, $"{Size(free)} free in {Folder(path)}")
        : "no space left";

    public static long? FreeBytes(string path)
    {
        try
        {
            return new DriveInfo(Folder(path)).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static string Folder(string path) =>
        Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder ? folder : "/";

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
