using Review.Storage.Sqlite;

namespace Review.Cli.Commands;

/// <summary>
/// Runs an import that may create the database. When the database did not exist and nothing was
/// imported before a failure, the file SQLite made (its journals, and the verified stamp the
/// store's close writes beside it) is removed again, so that a file review could not read leaves
/// nothing behind.
/// </summary>
internal sealed class FirstImport
{
    private readonly string _databasePath;
    private readonly bool _existed;

    public FirstImport(string databasePath)
    {
        _databasePath = databasePath;
        // A server's corpus is a schema, not a file: an empty one left by a failed import is harmless.
        _existed = StoreFactory.IsServer(databasePath) || File.Exists(databasePath);
    }

    /// <summary>Set once an import has committed; the database is kept from then on.</summary>
    public bool Committed { get; set; }

    public T Run<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch when (!_existed && !Committed)
        {
            foreach (var file in DatabaseFiles.Of(_databasePath))
            {
                File.Delete(file);
            }
            throw;
        }
    }
}
