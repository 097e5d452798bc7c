using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Review.Core.Formats;

namespace Review.Storage.Sqlite;

/// <summary>
/// SQLite stores text as UTF-8, which cannot hold a lone UTF-16 surrogate (a JSON "\ud800"
/// escape decodes to one); binding such a string would silently turn it into U+FFFD. Those rare
/// texts are stored as a BLOB of their UTF-16 code units instead, so every text round-trips exactly.
/// </summary>
internal static class StoredText
{
    public static object Value(string? text)
    {
        if (text is null)
        {
            return DBNull.Value;
        }
        return IsWellFormed(text) ? text : MemoryMarshal.AsBytes(text.AsSpan()).ToArray();
    }

    // GetValue asks SQLite for the value's own type once; GetFieldType costs several times more.
    public static string? Read(SqliteDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        string text => text,
        byte[] units => new string(MemoryMarshal.Cast<byte, char>(units)),
        _ => null,
    };

    public static string ReadRequired(SqliteDataReader reader, int ordinal) =>
        Read(reader, ordinal) ?? throw new InvalidDataException($"column {reader.GetName(ordinal)} is unexpectedly NULL");

    public static bool IsWellFormed(string text) => !LoneSurrogates.HasAny(text);
}
