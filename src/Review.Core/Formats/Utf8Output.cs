namespace Review.Core.Formats;

/// <summary>
/// A byte buffer in front of a stream for writers that emit UTF-8 directly: a JSONL export makes
/// dozens of small writes per row, and a span copy into an array costs less than a stream call.
/// </summary>
public sealed class Utf8Output
{
    private const int BufferSize = 1 << 20;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;

    public Utf8Output(Stream stream) => _stream = stream;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferSize - _used)
        {
            Flush();
            if (bytes.Length > BufferSize)
            {
                _stream.Write(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Write(byte value)
    {
        if (_used == BufferSize)
        {
            Flush();
        }
        _buffer[_used++] = value;
    }

    /// <summary>Hands what is buffered to the stream (which may buffer further).</summary>
    public void Flush()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }
}
