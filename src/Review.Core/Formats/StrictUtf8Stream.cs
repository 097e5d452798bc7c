using System.Text.Unicode;

namespace Review.Core.Formats;

/// <summary>
/// A read-only pass-through that checks every byte before a text decoder sees it: invalid UTF-8,
/// NUL bytes and lines over 16 MiB become <see cref="InputException"/>s with the line and byte offset,
/// instead of the decoder silently substituting U+FFFD.
/// </summary>
public sealed class StrictUtf8Stream : Stream
{
    private readonly Stream _inner;
    private readonly string _fileName;
    private readonly byte[] _pending = new byte[4];
    private byte[] _scratch = [];
    private int _pendingCount;
    private long _offset;
    private long _lines;
    private long _lineBytes;

    public StrictUtf8Stream(Stream inner, string fileName)
    {
        _inner = inner;
        _fileName = fileName;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    /// <summary>Bytes read so far (for progress).</summary>
    public override long Position
    {
        get => _offset;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = _inner.Read(buffer, offset, count);
        Check(buffer.AsSpan(offset, read), read == 0);
        return read;
    }

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        Check(buffer[..read], read == 0);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Check(ReadOnlySpan<byte> chunk, bool end)
    {
        var nul = chunk.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw Error(chunk, nul, $"NUL byte at byte offset {_offset + nul}");
        }
        CheckLineLength(chunk);
        CheckUtf8(chunk, end);
        CountLines(chunk);
        _offset += chunk.Length;
    }

    private void CheckUtf8(ReadOnlySpan<byte> chunk, bool end)
    {
        var joined = Join(chunk);
        var complete = end ? joined.Length : joined.Length - IncompleteTail(joined);
        var bad = Utf8Text.FirstInvalidByte(joined[..complete]);
        if (bad >= 0)
        {
            var inChunk = bad - _pendingCount;
            throw Error(chunk, Math.Max(0, inChunk), Utf8Text.InvalidMessage(_offset + inChunk, joined[bad..]));
        }
        _pendingCount = joined.Length - complete;
        joined[complete..].CopyTo(_pending);
    }

    private Span<byte> Join(ReadOnlySpan<byte> chunk)
    {
        var length = _pendingCount + chunk.Length;
        if (_scratch.Length < length)
        {
            _scratch = new byte[Math.Max(length, _scratch.Length * 2)];
        }
        _pending.AsSpan(0, _pendingCount).CopyTo(_scratch);
        chunk.CopyTo(_scratch.AsSpan(_pendingCount));
        return _scratch.AsSpan(0, length);
    }

    /// <summary>How many trailing bytes start a multi-byte sequence that the next read completes.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }

    private void CheckLineLength(ReadOnlySpan<byte> chunk)
    {
        var first = chunk.IndexOf((byte)'\n');
        var running = _lineBytes + (first < 0 ? chunk.Length : first);
        if (running > LineSource.MaxLineBytes)
        {
            throw new InputException(_fileName, _lines + 1, "line is longer than 16 MiB");
        }
        _lineBytes = first < 0 ? running : chunk.Length - chunk.LastIndexOf((byte)'\n') - 1;
    }

    private void CountLines(ReadOnlySpan<byte> chunk) => _lines += chunk.Count((byte)'\n');

    private InputException Error(ReadOnlySpan<byte> chunk, int index, string problem) =>
        new(_fileName, _lines + chunk[..index].Count((byte)'\n') + 1, problem);
}
