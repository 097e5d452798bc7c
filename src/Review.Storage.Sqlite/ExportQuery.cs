using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Review.Core.Formats;
using Review.Core.Ports;
using SQLitePCL;

namespace Review.Storage.Sqlite;

/// <summary>
/// Reads export pages through one prepared statement on SQLite's C API. At a million pairs the
/// per-column overhead of a data reader (and above all asking it each value's type, needed to
/// recognise texts stored as UTF-16 blobs) costs more than SQLite itself; here a column is one
/// type check and one copy of its bytes, decoded only if a writer asks for a string. The query
/// has a read-only connection of its own, opened without SQLite's per-connection mutex: it is
/// used by one thread at a time, and the mutex taken on every column read cost more than the
/// reads (0.5 s at a million pairs).
/// </summary>
internal sealed class ExportQuery : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private byte[] _scratch = new byte[1 << 16];

    /// <param name="source">What to open instead of <paramref name="path"/> (a read-only file opened as immutable), or null.</param>
    public ExportQuery(string path, string? source, TimeSpan busyTimeout, string sql)
    {
        var opened = raw.sqlite3_open_v2(source ?? path, out _database, raw.SQLITE_OPEN_READONLY | raw.SQLITE_OPEN_NOMUTEX | raw.SQLITE_OPEN_URI, null);
        if (opened != raw.SQLITE_OK)
        {
            var message = raw.sqlite3_errmsg(_database).utf8_to_string();
            _database.Dispose();
            throw new StoreException($"{path}: cannot open for export: {message}");
        }
        try
        {
            Check(raw.sqlite3_busy_timeout(_database, (int)busyTimeout.TotalMilliseconds));
            Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        }
        catch
        {
            _database.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Rows after <paramref name="afterOrd"/>, each with its position for the next page, yielded as
    /// SQLite steps: a page is never held in memory, which would outlive the small gen0 budget.
    /// </summary>
    public IEnumerable<(long Ord, ExportRow Row)> Page(long afterOrd)
    {
        Check(raw.sqlite3_bind_int64(_statement, 1, afterOrd));
        try
        {
            int result;
            while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                yield return (raw.sqlite3_column_int64(_statement, 0), Row());
            }
            if (result != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(result, _database);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose()
    {
        _statement.Dispose();
        _database.Dispose();
    }

    /// <summary>
    /// Copies the current row's columns 1.. into one array, undecoded: a TEXT value's UTF-8 bytes as
    /// SQLite holds them, a BLOB (a text with a lone surrogate) as its UTF-16 code units. Every text
    /// enters the store from a well-formed .NET string, so its UTF-8 needs no validation here.
    /// </summary>
    private ExportRow Row()
    {
        const int first = 1;
        var handle = _statement.DangerousGetHandle();
        var ends = new int[ExportRow.FieldCount];
        int nulls = 0, utf16 = 0, end = 0;
        for (var i = 0; i < ExportRow.FieldCount; i++)
        {
            var type = SqliteColumns.Type(handle, first + i);
            if (type == raw.SQLITE_NULL)
            {
                nulls |= 1 << i;
            }
            else
            {
                utf16 |= type == raw.SQLITE_BLOB ? 1 << i : 0;
                // Blob before bytes, as SQLite asks: for a TEXT value it returns the UTF-8 without conversion.
                var bytes = SqliteColumns.Blob(handle, first + i);
                var length = SqliteColumns.Bytes(handle, first + i);
                if (end + length > _scratch.Length)
                {
                    Array.Resize(ref _scratch, Math.Max(2 * _scratch.Length, end + length));
                }
                if (length > 0)
                {
                    // An empty value's pointer is NULL.
                    Marshal.Copy(bytes, _scratch, end, length);
                    end += length;
                }
            }
            ends[i] = end;
        }
        return new ExportRow(_scratch.AsSpan(0, end).ToArray(), ends, nulls, utf16);
    }

    private void Check(int result) => SqliteResult.Check(_database, result);
}
