using System.Buffers;
using System.Text;

namespace Review.Core.Encodings;

/// <summary>The byte-level rules of UTF-8 that mojibake repair leans on.</summary>
internal static class Utf8Shape
{
    public static bool IsContinuation(byte b) => b is >= 0x80 and <= 0xBF;

    /// <summary>Sequence length announced by a lead byte; 0 for bytes that cannot start a sequence.</summary>
    public static int LengthFromLead(byte b) => b switch
    {
        < 0x80 => 1,
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    /// <summary>Decodes exactly one well-formed scalar from all of <paramref name="bytes"/>.</summary>
    public static bool TryDecodeScalar(ReadOnlySpan<byte> bytes, out Rune rune) =>
        Rune.DecodeFromUtf8(bytes, out rune, out var consumed) == OperationStatus.Done && consumed == bytes.Length;
}
