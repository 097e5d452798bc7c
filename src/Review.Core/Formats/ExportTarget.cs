namespace Review.Core.Formats;

/// <summary>
/// Refuses an export that would overwrite a database: the one being exported, or any SQLite file,
/// or a file with a <c>-wal</c> beside it (a database some process has open). <c>--force</c> means
/// "replace my older export", never "replace my data".
/// </summary>
public static class ExportTarget
{
    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    public static void RequireNotADatabase(string target, string? database)
    {
        var full = Path.GetFullPath(target);
        if (database is not null && string.Equals(full, Path.GetFullPath(database), StringComparison.Ordinal))
        {
            throw new ExportException($"{target}: that is the database being exported; choose another --out");
        }
        if (File.Exists(full + "-wal") || File.Exists(full + "-journal"))
        {
            throw new ExportException($"{target}: a database in use (it has a -wal or -journal file) is there; choose another --out");
        }
        if (File.Exists(full) && StartsWithSqliteHeader(full))
        {
            throw new ExportException($"{target}: an SQLite database is there, not an export; it is not replaced, even with --force; choose another --out");
        }
    }

    private static bool StartsWithSqliteHeader(string path)
    {
        Span<byte> header = stackalloc byte[16];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.SequenceEqual(SqliteHeader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
