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
    private readonly byte[] _pending = new byte[8];
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
        var consumed = CompletePending(chunk, end);
        if (_pendingCount > 0)
        {
            return;
        }
        var body = chunk[consumed..];
        var complete = end ? body.Length : body.Length - IncompleteTail(body);
        var bad = Utf8Text.FirstInvalidByte(body[..complete]);
        if (bad >= 0)
        {
            throw Error(chunk, consumed + bad, Utf8Text.InvalidMessage(_offset + consumed + bad, body[bad..]));
        }
        body[complete..].CopyTo(_pending);
        _pendingCount = body.Length - complete;
    }

    /// <summary>
    /// Finishes a sequence the previous read split, using the first bytes of this chunk; returns how
    /// many of them it used, and leaves the sequence pending when even this chunk does not complete it.
    /// Only these few bytes are copied: the rest is checked in place.
    /// </summary>
    private int CompletePending(ReadOnlySpan<byte> chunk, bool end)
    {
        if (_pendingCount == 0)
        {
            return 0;
        }
        var needed = SequenceLength(_pending[0]) - _pendingCount;
        var taken = Math.Min(needed, chunk.Length);
        chunk[..taken].CopyTo(_pending.AsSpan(_pendingCount));
        var joined = _pending.AsSpan(0, _pendingCount + taken);
        if (taken < needed && !end)
        {
            _pendingCount = joined.Length;
            return taken;
        }
        if (Utf8Text.FirstInvalidByte(joined) >= 0)
        {
            throw Error(chunk, 0, Utf8Text.InvalidMessage(_offset - _pendingCount, joined));
        }
        _pendingCount = 0;
        return taken;
    }

    private static int SequenceLength(byte lead) => lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;

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
            return SequenceLength(b) > back ? back : 0;
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
