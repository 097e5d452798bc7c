using Microsoft.Data.Sqlite;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    private const string ImportColumns =
        "id, file_name, content_hash, format, source_lang, target_lang, pair_count, at";

    /// <summary>The earlier import of exactly these bytes, if any: importing them again is a no-op.</summary>
    public ImportInfo? FindImport(string contentHash)
    {
        using var command = Command($"SELECT {ImportColumns} FROM imports WHERE content_hash = $hash", ("$hash", contentHash));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadImport(reader) : null;
    }

    /// <summary>
    /// Starts the all-or-nothing import of one file: the batch holds the write lock until it is
    /// committed, and disposing it uncommitted leaves the database exactly as it was. The content
    /// hash may be left null here and given to <see cref="ImportBatch.Commit"/>, so that hashing a
    /// large file can overlap with importing it.
    /// </summary>
    public IImportBatch BeginImport(string fileName, string? contentHash, string format, string sourceLang, string targetLang)
    {
        var start = new ImportStart(fileName, contentHash, format, sourceLang, targetLang, NowToTheMillisecond());
        return BeginBulkWrite<IImportBatch>((write, leftWal) => new ImportBatch(this, write, start, leftWal));
    }

    /// <summary>
    /// Opens the write transaction of an import or a restore, out of WAL when it can (<see cref="ImportJournal"/>);
    /// <paramref name="open"/> takes it over, and if it throws, the transaction is rolled back and WAL restored.
    /// </summary>
    private T BeginBulkWrite<T>(Func<SqliteTransaction, bool, T> open)
    {
        RequireWritable();
        _verification.Require();
        var leftWal = ImportJournal.TryLeaveWal(_connection, _busyTimeout);
        try
        {
            return _busy.Run(() =>
            {
                var write = Begin();
                try
                {
                    return open(write, leftWal);
                }
                catch
                {
                    write.Dispose();
                    EndTransaction();
                    throw;
                }
            });
        }
        catch
        {
            ReturnFromImportJournal(leftWal);
            throw;
        }
    }

    internal void ReturnFromImportJournal(bool leftWal)
    {
        if (leftWal)
        {
            ImportJournal.ReturnToWal(_connection, _busyTimeout);
        }
    }

    public IReadOnlyList<ImportInfo> Imports()
    {
        using var command = Command($"SELECT {ImportColumns} FROM imports ORDER BY id");
        using var reader = command.ExecuteReader();
        var imports = new List<ImportInfo>();
        while (reader.Read())
        {
            imports.Add(ReadImport(reader));
        }
        return imports;
    }

    /// <summary>True when a stored pair has this id; inside an open batch it also sees the batch's pairs.</summary>
    public bool ExternalIdExists(string externalId) =>
        Scalar("SELECT EXISTS (SELECT 1 FROM pairs WHERE external_id = $id)", ("$id", StoredText.Value(externalId))) != 0;

    private static ImportInfo ReadImport(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetInt64(6),
        DecisionTime.Read(reader.GetString(7)));
}
