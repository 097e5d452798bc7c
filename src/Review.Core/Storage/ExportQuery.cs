using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Review.Core.Formats;
using SQLitePCL;

namespace Review.Core.Storage;

/// <summary>
/// Reads export pages through one prepared statement on SQLite's C API. At a million pairs the
/// per-column overhead of a data reader (and above all asking it each value's type, needed to
/// recognise texts stored as UTF-16 blobs) costs more than SQLite itself; here a column is one
/// type check and one UTF-8 decode.
/// </summary>
internal sealed class ExportQuery : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    public ExportQuery(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("the connection is closed");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
    }

    /// <summary>Rows after <paramref name="afterOrd"/>, each with its position for the next page.</summary>
    public List<(long Ord, ExportRow Row)> Page(long afterOrd, int size)
    {
        Check(raw.sqlite3_bind_int64(statement, 1, afterOrd));
        var page = new List<(long, ExportRow)>(size);
        try
        {
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                page.Add((raw.sqlite3_column_int64(statement, 0), Row()));
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
        return page;
    }

    public void Dispose() => statement.Dispose();

    private ExportRow Row()
    {
        var decidedAt = Text(8);
        return new ExportRow(
            Required(1),
            Required(2),
            Required(3),
            StoredNames.Status(Required(4)),
            Required(5),
            Text(6),
            Text(7),
            decidedAt is null ? null : StoreTime.Read(decidedAt),
            Text(9),
            Required(10),
            Required(11),
            Text(12));
    }

    private string Required(int column) =>
        Text(column) ?? throw new InvalidDataException($"export column {column} is unexpectedly NULL");

    private string? Text(int column) => raw.sqlite3_column_type(statement, column) switch
    {
        raw.SQLITE_NULL => null,
        raw.SQLITE_BLOB => new string(MemoryMarshal.Cast<byte, char>(raw.sqlite3_column_blob(statement, column))),
        // For a TEXT value the blob accessor returns its UTF-8 bytes without conversion.
        _ => Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, column)),
    };

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }
}
