using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Review.Storage.Sqlite;

/// <summary>
/// SQLite's column accessors called on the raw statement pointer. An export reads a dozen columns
/// per row; through SQLitePCL each call also adds and releases a reference on the statement's
/// SafeHandle and switches GC mode, which at a million rows cost more than SQLite's own work.
/// These calls only read the current row and never block or call back, so they may skip the GC
/// transition. The caller keeps the statement's SafeHandle alive while it uses the pointer.
/// </summary>
internal static partial class SqliteColumns
{
    private const string Library = "e_sqlite3";

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static partial int Type(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    public static partial nint Blob(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    public static partial int Bytes(nint statement, int column);
}
