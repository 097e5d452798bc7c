using System.Runtime.InteropServices;
using System.Text;

namespace Review.Terminal.Input;

/// <summary>
/// Gathers the bytes of a bracketed paste until the first ESC [ 2 0 1 ~. The payload is kept
/// literal: nothing inside is interpreted as a key. A payload that itself contains the end marker
/// is cut there (terminals that filter ESC out of pastes never let this happen); the bytes after
/// it are decoded as ordinary input and the final stray end marker is dropped as unknown.
/// </summary>
internal sealed class PasteCollector
{
    private static readonly byte[] EndMarker = "\e[201~"u8.ToArray();
    private readonly List<byte> _payload = [];
    private int _matched;

    public PasteCollector(int maxBytes) => MaxBytes = maxBytes;

    /// <summary>A paste larger than this is delivered as several PasteEvents, to bound memory.</summary>
    public int MaxBytes { get; }

    public void Start()
    {
        _payload.Clear();
        _matched = 0;
    }

    /// <summary>Adds one byte; returns true when it completed the end marker.</summary>
    public bool Add(byte b)
    {
        _payload.Add(b);
        if (b == EndMarker[_matched])
        {
            _matched++;
        }
        else
        {
            // The marker repeats no prefix of itself except ESC, so a mismatch restarts at ESC or at 0.
            _matched = b == EndMarker[0] ? 1 : 0;
        }

        if (_matched < EndMarker.Length)
        {
            return false;
        }

        _payload.RemoveRange(_payload.Count - EndMarker.Length, EndMarker.Length);
        return true;
    }

    public bool IsFull => _payload.Count >= MaxBytes && _matched == 0;

    /// <summary>
    /// The collected text (invalid UTF-8 becomes U+FFFD). A character cut by <see cref="MaxBytes"/>
    /// stays in the collector for the next piece.
    /// </summary>
    public string Take()
    {
        var cut = CompleteLength();
        var text = Encoding.UTF8.GetString(CollectionsMarshal.AsSpan(_payload)[..cut]);
        _payload.RemoveRange(0, cut);
        return text;
    }

    private int CompleteLength()
    {
        var start = _payload.Count - 1;
        while (start >= 0 && _payload.Count - start < 4 && (_payload[start] & 0xC0) == 0x80)
        {
            start--;
        }

        if (start < 0 || _payload[start] < 0xC0)
        {
            return _payload.Count;
        }

        var needed = _payload[start] >= 0xF0 ? 4 : _payload[start] >= 0xE0 ? 3 : 2;
        return _payload.Count - start < needed ? start : _payload.Count;
    }
}
