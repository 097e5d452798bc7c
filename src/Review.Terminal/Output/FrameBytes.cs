using System.Globalization;
using System.Text;

namespace Review.Terminal.Output;

/// <summary>The bytes of one frame, built in a reusable array so that a frame is one write().</summary>
internal sealed class FrameBytes
{
    private byte[] _bytes = new byte[16 * 1024];

    internal int Length { get; private set; }

    internal ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    internal void Clear() => Length = 0;

    internal void Append(byte value)
    {
        Ensure(1);
        _bytes[Length++] = value;
    }

    internal void Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    internal void AppendNumber(int value)
    {
        Ensure(11);
        value.TryFormat(_bytes.AsSpan(Length), out var written, provider: CultureInfo.InvariantCulture);
        Length += written;
    }

    /// <summary>UTF-8 of a grapheme that the sanitizer has already made safe.</summary>
    internal void AppendText(string text)
    {
        if (text.Length == 1 && !char.IsSurrogate(text[0]))
        {
            AppendChar(text[0]);
            return;
        }

        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        Length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(Length));
    }

    /// <summary>UTF-8 of one BMP character, by hand: the common cell holds one, and this skips the encoder.</summary>
    private void AppendChar(char c)
    {
        Ensure(3);
        if (c < 0x80)
        {
            _bytes[Length++] = (byte)c;
        }
        else if (c < 0x800)
        {
            _bytes[Length++] = (byte)(0xC0 | (c >> 6));
            _bytes[Length++] = (byte)(0x80 | (c & 0x3F));
        }
        else
        {
            _bytes[Length++] = (byte)(0xE0 | (c >> 12));
            _bytes[Length++] = (byte)(0x80 | ((c >> 6) & 0x3F));
            _bytes[Length++] = (byte)(0x80 | (c & 0x3F));
        }
    }

    private void Ensure(int extra)
    {
        if (Length + extra > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + extra));
        }
    }
}
