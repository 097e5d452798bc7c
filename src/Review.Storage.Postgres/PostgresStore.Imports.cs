using Npgsql;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string ImportColumns = "id, file_name, content_hash, format, source_lang, target_lang, pair_count, at";

    public ImportInfo? FindImport(string contentHash) => Guard("read the database", () =>
    {
        using var command = Command($"SELECT {ImportColumns} FROM imports WHERE content_hash = @hash", ("hash", contentHash));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadImport(reader) : null;
    });

    public IReadOnlyList<ImportInfo> Imports() => Guard("read the database", () =>
    {
        using var command = Command($"SELECT {ImportColumns} FROM imports ORDER BY id");
        using var reader = command.ExecuteReader();
        var imports = new List<ImportInfo>();
        while (reader.Read())
        {
            imports.Add(ReadImport(reader));
        }
        return (IReadOnlyList<ImportInfo>)imports;
    });

    /// <summary>
    /// Starts the all-or-nothing import of one file: one transaction, the pairs streamed in with
    /// binary COPY. Disposing the batch uncommitted rolls everything back.
    /// </summary>
    public IImportBatch BeginImport(string fileName, string? contentHash, string format, string sourceLang, string targetLang) =>
        Guard("start the import", () =>
        {
            var transaction = BeginBatch();
            try
            {
                return (IImportBatch)new PgImportBatch(this, transaction,
                    new PgImportStart(fileName, contentHash, format, sourceLang, targetLang, NowToTheMillisecond()));
            }
            catch
            {
                transaction.Dispose();
                EndBatch();
                throw;
            }
        });

    internal static ImportInfo ReadImport(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetInt64(6),
        PgRows.Time(reader, 7));
}
