using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// Splits a UTF-8 byte stream into lines without decoding more than asked. Strips a leading BOM
/// and the CR of a CRLF ending; refuses NUL bytes and lines over <see cref="MaxLineBytes"/>.
/// Only LF ends a line, so a lone CR inside a line is kept as text. A stream in another charset
/// can be read by setting <see cref="Decoding"/>: the charsets PO files use (EUC-KR, GBK, GB18030,
/// Big5...) never use the bytes of LF or CR inside a character, so lines split the same way.
/// </summary>
public sealed class LineSource : IDisposable
{
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _firstRead = true;
    private long _bufferFileOffset;
    private int _lineStart;
    private int _lineLength;

    public LineSource(Stream stream, string fileName)
    {
        _stream = stream;
        FileName = fileName;
    }

    public string FileName { get; }

    /// <summary>1-based number of the current line.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Byte offset in the file where the current line starts.</summary>
    public long LineOffset => _bufferFileOffset + _lineStart;

    /// <summary>Bytes consumed so far, for progress.</summary>
    public long BytesRead => _bufferFileOffset + _start;

    public ReadOnlySpan<byte> Current => _buffer.AsSpan(_lineStart, _lineLength);

    /// <summary>A strict decoder for a charset other than UTF-8, or null for UTF-8.</summary>
    public Encoding? Decoding { get; private set; }

    /// <summary>The charset's name as the file gives it, for messages.</summary>
    public string Charset { get; private set; } = "UTF-8";

    public void DecodeAs(string charset, Encoding decoding)
    {
        Charset = charset;
        Decoding = decoding;
    }

    /// <summary>Up to the first <paramref name="count"/> bytes not yet read as lines, without consuming them.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        while (_end - _start < count && !_eof)
        {
            Fill();
        }
        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    public bool MoveNext()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                SetLine(_start, newline);
                _start += newline + 1;
                return true;
            }
            if (_eof)
            {
                if (_start == _end)
                {
                    return false;
                }
                SetLine(_start, _end - _start);
                _start = _end;
                return true;
            }
            Fill();
        }
    }

    /// <summary>The current line as text; invalid UTF-8 is an <see cref="InputException"/> naming the byte offset.</summary>
    public string DecodeCurrent()
    {
        if (Decoding is { } decoding)
        {
            return DecodeLegacy(decoding);
        }
        ValidateCurrent();
        return Utf8Text.Decode(Current);
    }

    public void ValidateCurrent()
    {
        var line = Current;
        var bad = Utf8Text.FirstInvalidByte(line);
        if (bad >= 0)
        {
            throw Error(Utf8Text.InvalidMessage(LineOffset + bad, line[bad..]));
        }
    }

    private string DecodeLegacy(Encoding decoding)
    {
        var line = Current;
        try
        {
            return decoding.GetString(line);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, line.Length);
            var shown = line[at..Math.Min(at + 2, line.Length)].ToArray();
            var hex = string.Join(' ', shown.Select(b => $"0x{b:X2}"));
            throw Error($"bytes that are not {Charset} at byte offset {LineOffset + at} ({hex}), though the header says charset={Charset}");
        }
    }

    public InputException Error(string problem) => new(FileName, LineNumber, problem);

    public void Dispose() => _stream.Dispose();

    private void SetLine(int start, int length)
    {
        LineNumber++;
        if (length > MaxLineBytes)
        {
            throw Error($"line is longer than 16 MiB ({length} bytes)");
        }
        var line = _buffer.AsSpan(start, length);
        var nul = line.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw Error($"NUL byte at byte offset {_bufferFileOffset + start + nul}");
        }
        _lineStart = start;
        _lineLength = length > 0 && line[length - 1] == (byte)'\r' ? length - 1 : length;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferFileOffset += _start;
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length > MaxLineBytes)
            {
                LineNumber++;
                throw Error("line is longer than 16 MiB");
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _eof = read == 0;
        _end += read;
        if (_firstRead)
        {
            SkipBom();
        }
    }

    private void SkipBom()
    {
        if (_end < 3 && !_eof)
        {
            return;
        }
        _firstRead = false;
        if (_buffer.AsSpan(0, _end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
        }
    }
}
