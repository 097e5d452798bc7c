using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Review.Storage.Sqlite;

/// <summary>
/// The import's hot path: one prepared INSERT bound by position straight through SQLite's C API.
/// Texts are encoded to UTF-8 into one reused buffer, so a row costs no parameter lookups by name
/// and no per-field allocations; this is what keeps an import close to sqlite3's own .import.
/// </summary>
internal sealed class PairInsert : IDisposable
{
    private const string Sql = """
        INSERT OR IGNORE INTO pairs (id, external_id, source, target, original_target, suggestion,
            metadata_json, repair_json, source_lang, target_lang, import_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
        """;

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private byte[] _buffer = new byte[16 * 1024];

    public PairInsert(SqliteConnection connection, string sourceLang, string targetLang, long importId)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is closed");
        Check(raw.sqlite3_prepare_v2(_database, Sql, out _statement));
        BindText(9, sourceLang);
        BindText(10, targetLang);
        Check(raw.sqlite3_bind_int64(_statement, 11, importId));
    }

    /// <summary>Inserts one row; false when the unique index already holds its external id.</summary>
    public bool TryInsert(long id, string externalId, string source, string target,
        string? originalTarget, string? suggestion, string? metadataJson, string? repairJson)
    {
        Check(raw.sqlite3_bind_int64(_statement, 1, id));
        BindText(2, externalId);
        BindText(3, source);
        BindText(4, target);
        BindText(5, originalTarget);
        BindText(6, suggestion);
        BindText(7, metadataJson);
        BindText(8, repairJson);
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
        return raw.sqlite3_changes(_database) > 0;
    }

    public void Dispose() => _statement.Dispose();

    private void BindText(int index, string? text)
    {
        if (text is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }
        if (!StoredText.IsWellFormed(text))
        {
            Check(raw.sqlite3_bind_blob(_statement, index, MemoryMarshal.AsBytes(text.AsSpan())));
            return;
        }
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _buffer.Length)
        {
            _buffer = new byte[Math.Max(most, _buffer.Length * 2)];
        }
        var length = Encoding.UTF8.GetBytes(text, _buffer);
        // SQLitePCL binds spans with SQLITE_TRANSIENT: SQLite copies the bytes, so the buffer can be reused.
        Check(raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length)));
    }

    private void Check(int result) => SqliteResult.Check(_database, result);
}
