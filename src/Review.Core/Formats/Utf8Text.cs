using System.Text;
using System.Text.Unicode;

namespace Review.Core.Formats;

/// <summary>Strict UTF-8 decoding: invalid bytes are reported with their file offset, never replaced.</summary>
public static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Offset of the first invalid byte in <paramref name="bytes"/>, or -1 when it is valid UTF-8.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return -1;
    }

    /// <summary>Decodes bytes already checked with <see cref="FirstInvalidByte"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> validBytes) => Strict.GetString(validBytes);

    /// <summary>The problem text for an invalid byte, e.g. <c>invalid UTF-8 at byte offset 17 (0xC3 0x28)</c>.</summary>
    public static string InvalidMessage(long fileOffset, ReadOnlySpan<byte> from)
    {
        var shown = from[..Math.Min(4, from.Length)];
        var hex = string.Join(' ', shown.ToArray().Select(b => $"0x{b:X2}"));
        return $"invalid UTF-8 at byte offset {fileOffset} ({hex})";
    }
}
