using Review.Core.Ports;
using Review.Storage.Sqlite;

namespace Review.Cli;

/// <summary>
/// The one place that picks a storage backend for a <c>--db</c> value. Every review database is an
/// SQLite file today; the rest of the program sees only the ports of <see cref="IReviewStore"/>.
/// </summary>
internal static class StoreFactory
{
    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    /// <summary>
    /// Opens the database, creating it when missing. With <paramref name="verifyInBackground"/> the
    /// whole-file check runs beside the first reads, and every write waits for its verdict (for the
    /// screen's first frame and for export, which should not wait for a read of the whole file).
    /// </summary>
    public static IReviewStore Open(string path, bool verifyInBackground = false) =>
        ReviewStore.Open(path, StoreOptions.Default with { VerifyInBackground = verifyInBackground });

    /// <summary>Opens a database that must already exist: export, stats and check never create an empty one by mistake.</summary>
    public static IReviewStore OpenExisting(string path, bool verifyInBackground = false) =>
        File.Exists(path)
            ? Open(path, verifyInBackground)
            : throw new StoreException($"{path}: no such database (create one with review import)");

    /// <summary>Whether the file is a database (by its first bytes) rather than a data file to import.</summary>
    public static bool IsStore(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[SqliteHeader.Length];
        return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.SequenceEqual(SqliteHeader);
    }
}
