namespace Review.Storage.Sqlite;

/// <summary>
/// The files one database is made of on disk: the database itself, SQLite's journals, and the
/// store's verified stamp (see <see cref="VerifiedStamp"/>), which closing a store writes beside
/// it. Whoever removes a database it created removes all of them.
/// </summary>
public static class DatabaseFiles
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm", "-journal"];

    public static IEnumerable<string> Of(string database) =>
        Suffixes.Select(suffix => database + suffix)
            .Append(VerifiedStamp.PathOf(database))
            .Append(VerifiedStamp.PathOf(database) + ".partial");
}
