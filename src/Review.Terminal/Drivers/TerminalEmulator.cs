using System.Text;
using Review.Terminal.Buffers;

namespace Review.Terminal.Drivers;

/// <summary>
/// A small VT emulator for tests: it interprets UTF-8 text (wide and combining graphemes, autowrap),
/// CUP and relative moves, SGR, ED, EL and DEC private modes into a grid. Anything else it sees is
/// recorded in <see cref="Unrecognized"/>, so a test can prove nothing unexpected was sent.
/// </summary>
internal sealed class TerminalEmulator
{
    private const int CursorVisibleMode = 25;

    private enum State { Ground, Escape, Csi, Osc }

    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _sequence = new();
    private readonly HashSet<int> _modes = [CursorVisibleMode];
    private readonly List<string> _unrecognized = [];
    private State _state = State.Ground;
    private Style _style;

    internal TerminalEmulator(int width, int height) => Screen = new ScreenBuffer(width, height);

    internal ScreenBuffer Screen { get; }

    internal int CursorX { get; private set; }

    internal int CursorY { get; private set; }

    internal IReadOnlyList<string> Unrecognized => _unrecognized;

    internal bool IsModeSet(int mode) => _modes.Contains(mode);

    internal void Resize(int width, int height)
    {
        Screen.Resize(width, height);
        CursorX = Math.Min(CursorX, width - 1);
        CursorY = Math.Min(CursorY, height - 1);
    }

    internal void Feed(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[_decoder.GetCharCount(bytes, flush: false)];
        _decoder.GetChars(bytes, chars, flush: false);
        foreach (var c in chars)
        {
            Step(c);
        }

        FlushText();
    }

    private void Step(char c)
    {
        switch (_state)
        {
            case State.Ground: Ground(c); break;
            case State.Escape: Escape(c); break;
            case State.Csi: Csi(c); break;
            default: Osc(c); break;
        }
    }

    private void Ground(char c)
    {
        if (c >= 0x20 && c != 0x7F && (c < 0x80 || c >= 0xA0))
        {
            _text.Append(c);
            return;
        }

        FlushText();
        switch (c)
        {
            case '\e':
                _sequence.Clear().Append(c);
                _state = State.Escape;
                break;
            case '\r': CursorX = 0; break;
            case '\n': LineFeed(); break;
            case '\b': CursorX = Math.Max(0, Math.Min(CursorX, Screen.Width - 1) - 1); break;
            default: _unrecognized.Add(Sanitizer.ToDisplayString(c.ToString())); break;
        }
    }

    private void Escape(char c)
    {
        _sequence.Append(c);
        _state = c switch
        {
            '[' => State.Csi,
            ']' => State.Osc,
            _ => Report(),
        };
    }

    private void Csi(char c)
    {
        _sequence.Append(c);
        if (c is >= (char)0x20 and <= (char)0x3F)
        {
            return;
        }

        _state = State.Ground;
        if (c is < (char)0x40 or > (char)0x7E || !CsiDispatch.Run(this, _sequence.ToString(2, _sequence.Length - 3), c))
        {
            Report();
        }
    }

    private void Osc(char c)
    {
        _sequence.Append(c);
        if (c == '\a' || (c == '\\' && _sequence[^2] == '\e'))
        {
            _state = Report();
        }
    }

    private State Report()
    {
        _unrecognized.Add(Sanitizer.ToDisplayString(_sequence.ToString()));
        return State.Ground;
    }

    internal void SetMode(int mode, bool on)
    {
        if (on)
        {
            _modes.Add(mode);
        }
        else
        {
            _modes.Remove(mode);
        }
    }

    internal void MoveTo(int x, int y)
    {
        CursorX = Math.Clamp(x, 0, Math.Max(0, Screen.Width - 1));
        CursorY = Math.Clamp(y, 0, Math.Max(0, Screen.Height - 1));
    }

    internal bool ApplySgr(IReadOnlyList<int> parameters) => SgrInterpreter.Apply(ref _style, parameters);

    /// <summary>Erases in display (ED) or in line (EL); erased cells take the current background.</summary>
    internal void Erase(int from, int to) => Screen.Erase(from, to, new Style(Color.Default, _style.Background));

    internal int CursorIndex => (CursorY * Screen.Width) + Math.Min(CursorX, Screen.Width - 1);

    private void FlushText()
    {
        if (_text.Length == 0)
        {
            return;
        }

        var text = _text.ToString();
        _text.Clear();
        foreach (var grapheme in Graphemes.Of(text))
        {
            Print(grapheme.ToString());
        }
    }

    private void Print(string grapheme)
    {
        var width = DisplayWidth.OfGrapheme(grapheme);
        if (width == 0)
        {
            AttachToPrevious(grapheme);
            return;
        }

        if (CursorX + width > Screen.Width)
        {
            CursorX = 0;
            LineFeed();
        }

        Screen.PutRaw(CursorX, CursorY, grapheme, width, _style);
        CursorX += width;
    }

    /// <summary>A terminal draws a combining mark on the glyph before it.</summary>
    private void AttachToPrevious(string mark)
    {
        var x = Math.Min(CursorX, Screen.Width) - 1;
        if (x > 0 && Screen[x, CursorY].IsContinuation)
        {
            x--;
        }

        if (x >= 0)
        {
            var cell = Screen[x, CursorY];
            Screen.PutRaw(x, CursorY, cell.Grapheme + mark, cell.Width, cell.Style);
        }
    }

    private void LineFeed()
    {
        if (CursorY + 1 < Screen.Height)
        {
            CursorY++;
            return;
        }

        Screen.ScrollUp();
    }
}
