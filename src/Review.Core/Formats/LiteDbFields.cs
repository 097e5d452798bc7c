using System.Runtime.InteropServices;
using LiteDB;

namespace Review.Core.Formats;

/// <summary>
/// The exchange file's collection and field names (documented in docs/formats-xml.md) and how a
/// text is a BSON value: a string, or for a text holding a lone surrogate (which UTF-8, and so
/// a BSON string, cannot hold) a binary of its UTF-16LE code units, so every text survives.
/// </summary>
internal static class LiteDbFields
{
    public const string Pairs = "pairs";
    public const string Decisions = "decisions";
    public const string Info = "info";
    public const string FormatName = "review pairs exchange";
    public const int Version = 1;

    private static readonly byte[] Magic = "** This is a LiteDB file **"u8.ToArray();

    /// <summary>Whether the head of a file is LiteDB's header page, whose text stands at byte 32.</summary>
    public static bool IsLiteDb(ReadOnlySpan<byte> head) => head.Length >= 32 + Magic.Length && head.Slice(32, Magic.Length).SequenceEqual(Magic);

    public static BsonValue Value(string? text) => text switch
    {
        null => BsonValue.Null,
        _ when LoneSurrogates.HasAny(text) => new BsonValue(MemoryMarshal.AsBytes(text.AsSpan()).ToArray()),
        _ => new BsonValue(text),
    };

    /// <summary>The text of <paramref name="name"/>; null when absent or null; <paramref name="problem"/> names a field of another type.</summary>
    public static string? Text(BsonDocument document, string name, out string? problem)
    {
        problem = null;
        if (!document.TryGetValue(name, out var value) || value.IsNull)
        {
            return null;
        }
        if (value.IsString)
        {
            return value.AsString;
        }
        if (value.IsBinary && value.AsBinary.Length % 2 == 0)
        {
            return new string(MemoryMarshal.Cast<byte, char>(value.AsBinary));
        }
        problem = $"field \"{name}\" is {value.Type}, not a text";
        return null;
    }
}
