using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Review.Terminal.Input;

/// <summary>
/// Turns the bytes a terminal sends into <see cref="TerminalEvent"/>s. An explicit state machine:
/// feed it chunks of any size, cut anywhere, and read the events that completed.
/// <para>
/// ESC is ambiguous: alone it is the Esc key, followed by a byte it is Alt+key or a sequence.
/// The decoder never guesses. After a chunk that ends inside a sequence, <see cref="HasPendingEscape"/>
/// is true, and the driver calls <see cref="FlushPendingEscape"/> when no byte followed within its
/// escape timeout, which reports the lone Esc (or Alt+[ and the like for a bare introducer).
/// </para>
/// <para>
/// Printable input arrives one code point per <see cref="KeyEvent"/>; invalid UTF-8 becomes U+FFFD.
/// Replies and sequences we do not understand (device attributes, cursor reports, OSC, DCS, APC)
/// are dropped whole. Control bytes are keys: 0x01-0x1A are Ctrl+a..z (Ctrl+C too: raw mode turns
/// ISIG off, so the app binds it), CR and LF are Enter, 0x08 and 0x7F are Backspace.
/// </para>
/// </summary>
public sealed partial class InputDecoder
{
    /// <summary>Longest CSI body kept; longer ones are skipped to their final byte.</summary>
    private const int MaxSequenceLength = 64;

    private readonly Queue<TerminalEvent> _events = new();
    private readonly StringBuilder _sequence = new();
    private readonly byte[] _utf8 = new byte[4];
    private readonly PasteCollector _paste;
    private readonly List<byte> _x10 = new(3);
    private DecoderState _state;
    private int _utf8Length;
    private bool _altPending;
    private byte _introducer;
    private int _controlStringLength;
    private int _ss3Modifier;

    public InputDecoder(int maxPasteBytes = 4 * 1024 * 1024) => _paste = new PasteCollector(maxPasteBytes);

    /// <summary>True when the bytes so far end inside an escape sequence or a UTF-8 character.</summary>
    public bool HasPendingEscape => _state is not (DecoderState.Ground or DecoderState.Paste);

    /// <summary>True while a bracketed paste is open; it is never cut short by a timeout.</summary>
    public bool InPaste => _state == DecoderState.Paste;

    /// <summary>Events decoded and not yet read.</summary>
    public int Count => _events.Count;

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            while (!Step(b))
            {
            }
        }
    }

    public bool TryRead([NotNullWhen(true)] out TerminalEvent? terminalEvent) => _events.TryDequeue(out terminalEvent);

    /// <summary>Feeds the bytes and returns every event completed so far.</summary>
    public IReadOnlyList<TerminalEvent> Decode(ReadOnlySpan<byte> bytes)
    {
        Feed(bytes);
        var result = new List<TerminalEvent>(_events.Count);
        while (_events.TryDequeue(out var e))
        {
            result.Add(e);
        }

        return result;
    }

    /// <summary>
    /// Called when the escape timeout passed with no new byte: a lone ESC becomes the Esc key, a
    /// bare ESC [ / ESC O / ESC ] / ESC P becomes Alt+that key, a cut UTF-8 character becomes
    /// U+FFFD, and any longer partial sequence is dropped. An open paste is left alone.
    /// </summary>
    public void FlushPendingEscape()
    {
        switch (_state)
        {
            case DecoderState.Escape:
                Emit(new KeyEvent(Key.Escape));
                break;
            case DecoderState.Csi when _sequence.Length == 0:
            case DecoderState.Ss3 when _ss3Modifier == 0:
            case DecoderState.ControlString when _controlStringLength == 0:
                Emit(KeyEvent.Char(((char)_introducer).ToString(), Modifiers.Alt));
                break;
            case DecoderState.Utf8:
                EmitText("\uFFFD");
                break;
        }

        if (_state != DecoderState.Paste)
        {
            Reset();
        }
    }

    private void Reset()
    {
        _state = DecoderState.Ground;
        _altPending = false;
        _sequence.Clear();
        _utf8Length = 0;
        _controlStringLength = 0;
        _ss3Modifier = 0;
    }

    private void Emit(TerminalEvent? terminalEvent)
    {
        if (terminalEvent is not null)
        {
            _events.Enqueue(terminalEvent);
        }
    }

    private void EmitText(string text) => Emit(KeyEvent.Char(text, _altPending ? Modifiers.Alt : Modifiers.None));

    /// <summary>Handles one byte; false means "state changed, give me the same byte again".</summary>
    private bool Step(byte b) => _state switch
    {
        DecoderState.Ground => Ground(b),
        DecoderState.Escape => Escape(b),
        DecoderState.Utf8 => Utf8(b),
        DecoderState.Csi => Csi(b),
        DecoderState.CsiIgnore => CsiIgnore(b),
        DecoderState.Ss3 => Ss3(b),
        DecoderState.ControlString => ControlString(b),
        DecoderState.ControlStringEscape => ControlStringEscape(b),
        DecoderState.Paste => Paste(b),
        DecoderState.X10Mouse => X10Mouse(b),
        DecoderState.LinuxFunctionKey => LinuxFunctionKey(b),
        _ => throw new InvalidOperationException($"decoder state {_state}"),
    };

    private bool Ground(byte b)
    {
        if (b == 0x1B)
        {
            _state = DecoderState.Escape;
        }
        else if (b < 0x20 || b == 0x7F)
        {
            Emit(ControlKeys.FromByte(b));
        }
        else if (b < 0x80)
        {
            Emit(KeyEvent.Char(((char)b).ToString()));
        }
        else
        {
            _altPending = false;
            StartUtf8(b);
        }

        return true;
    }

    private bool Escape(byte b)
    {
        switch (b)
        {
            case (byte)'[':
                _introducer = b;
                _sequence.Clear();
                _state = DecoderState.Csi;
                break;
            case (byte)'O':
                _introducer = b;
                _ss3Modifier = 0;
                _state = DecoderState.Ss3;
                break;
            case (byte)']' or (byte)'P' or (byte)'_':
                _introducer = b;
                _controlStringLength = 0;
                _state = DecoderState.ControlString;
                break;
            case 0x1B:
                // ESC ESC: the first was a lone Esc; the second may still start something.
                Emit(new KeyEvent(Key.Escape));
                break;
            case < 0x20 or 0x7F:
                Emit(ControlKeys.FromByte(b, Modifiers.Alt));
                Reset();
                break;
            case < 0x80:
                Emit(KeyEvent.Char(((char)b).ToString(), Modifiers.Alt));
                Reset();
                break;
            default:
                _altPending = true;
                StartUtf8(b);
                break;
        }

        return true;
    }

    private void StartUtf8(byte b)
    {
        _utf8[0] = b;
        _utf8Length = 1;
        _state = DecoderState.Utf8;
        CompleteUtf8IfReady();
    }

    private bool Utf8(byte b)
    {
        _utf8[_utf8Length++] = b;
        return CompleteUtf8IfReady();
    }

    private bool CompleteUtf8IfReady()
    {
        var status = Rune.DecodeFromUtf8(_utf8.AsSpan(0, _utf8Length), out var rune, out _);
        if (status == OperationStatus.NeedMoreData)
        {
            return true;
        }

        if (status == OperationStatus.Done)
        {
            EmitText(rune.ToString());
            Reset();
            return true;
        }

        // The bytes before the last one were a valid prefix, so the invalid part is either the
        // whole buffer (a lone bad byte) or the prefix, and the last byte starts over.
        EmitText("\uFFFD");
        var reprocessLast = _utf8Length > 1;
        Reset();
        return !reprocessLast;
    }
}
