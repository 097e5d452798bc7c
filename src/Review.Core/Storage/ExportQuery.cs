using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Review.Core.Formats;
using SQLitePCL;

namespace Review.Core.Storage;

/// <summary>
/// Reads export pages through one prepared statement on SQLite's C API. At a million pairs the
/// per-column overhead of a data reader (and above all asking it each value's type, needed to
/// recognise texts stored as UTF-16 blobs) costs more than SQLite itself; here a column is one
/// type check and one copy of its bytes, decoded only if a writer asks for a string.
/// </summary>
internal sealed class ExportQuery : IDisposable
{
    private const int FieldCount = (int)ExportField.Metadata + 1;
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private byte[] scratch = new byte[1 << 16];

    public ExportQuery(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("the connection is closed");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
    }

    /// <summary>
    /// Rows after <paramref name="afterOrd"/>, each with its position for the next page, yielded as
    /// SQLite steps: a page is never held in memory, which would outlive the small gen0 budget.
    /// </summary>
    public IEnumerable<(long Ord, ExportRow Row)> Page(long afterOrd)
    {
        Check(raw.sqlite3_bind_int64(statement, 1, afterOrd));
        try
        {
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                yield return (raw.sqlite3_column_int64(statement, 0), Row());
            }
            if (result != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(result, database);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose() => statement.Dispose();

    /// <summary>
    /// Copies the current row's columns 1.. into one array, undecoded: a TEXT value's UTF-8 bytes as
    /// SQLite holds them, a BLOB (a text with a lone surrogate) as its UTF-16 code units. Every text
    /// enters the store from a well-formed .NET string, so its UTF-8 needs no validation here.
    /// </summary>
    private ExportRow Row()
    {
        const int first = 1;
        var handle = statement.DangerousGetHandle();
        var ends = new int[FieldCount];
        int nulls = 0, utf16 = 0, end = 0;
        for (var i = 0; i < FieldCount; i++)
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
                if (end + length > scratch.Length)
                {
                    Array.Resize(ref scratch, Math.Max(2 * scratch.Length, end + length));
                }
                if (length > 0)
                {
                    // An empty value's pointer is NULL.
                    Marshal.Copy(bytes, scratch, end, length);
                    end += length;
                }
            }
            ends[i] = end;
        }
        return new ExportRow(scratch.AsSpan(0, end).ToArray(), ends, nulls, utf16);
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }
}
