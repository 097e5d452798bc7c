using Review.Terminal.Buffers;
using Review.Terminal.Input;
using Review.Terminal.Output;

namespace Review.Terminal.Drivers;

/// <summary>
/// A terminal for tests. It interprets the bytes written to it (the renderer's real output) into a
/// screen a test can read as text, and hands out queued input events.
/// </summary>
public sealed class InMemoryTerminal : ITerminal
{
    private readonly TerminalEmulator _emulator;
    private readonly Queue<TerminalEvent> _events = new();
    private byte[] _lastWrite = [];

    public InMemoryTerminal(int width = 80, int height = 24, ColorDepth colorDepth = ColorDepth.TrueColor, bool synchronizedOutput = true)
    {
        Width = width;
        Height = height;
        ColorDepth = colorDepth;
        SupportsSynchronizedOutput = synchronizedOutput;
        _emulator = new TerminalEmulator(width, height);
    }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public ColorDepth ColorDepth { get; }

    public bool SupportsSynchronizedOutput { get; }

    public bool IsEntered { get; private set; }

    public int WriteCount { get; private set; }

    public long BytesWritten { get; private set; }

    /// <summary>The bytes of the most recent write.</summary>
    public ReadOnlyMemory<byte> LastWrite => _lastWrite;

    /// <summary>Escape sequences and controls the emulator did not understand, made visible.</summary>
    public IReadOnlyList<string> UnrecognizedSequences => _emulator.Unrecognized;

    public int CursorX => _emulator.CursorX;

    public int CursorY => _emulator.CursorY;

    public bool CursorVisible => _emulator.IsModeSet(25);

    /// <summary>The screen as text lines: a wide grapheme appears once, its continuation cell is skipped.</summary>
    public IReadOnlyList<string> Lines => _emulator.Screen.ToLines();

    /// <summary>The screen as one string, lines joined by \n with trailing spaces trimmed (for raw-string assertions).</summary>
    public string ScreenText => string.Join("\n", Lines.Select(line => line.TrimEnd(' ')));

    public void Enter() => IsEntered = true;

    public void Leave() => IsEntered = false;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        WriteCount++;
        BytesWritten += bytes.Length;
        _lastWrite = bytes.ToArray();
        _emulator.Feed(bytes);
    }

    public TerminalEvent? ReadEvent(TimeSpan timeout) => _events.TryDequeue(out var next) ? next : null;

    public void Enqueue(params TerminalEvent[] events)
    {
        foreach (var terminalEvent in events)
        {
            _events.Enqueue(terminalEvent);
        }
    }

    /// <summary>Changes the size, as a window resize would, and queues the <see cref="ResizeEvent"/>.</summary>
    public void Resize(int width, int height)
    {
        Width = width;
        Height = height;
        _emulator.Resize(width, height);
        _events.Enqueue(new ResizeEvent(width, height));
    }

    public Cell CellAt(int x, int y) => _emulator.Screen[x, y];

    public string GraphemeAt(int x, int y) => CellAt(x, y).Grapheme;

    public Style StyleAt(int x, int y) => CellAt(x, y).Style;

    public bool IsPrivateModeSet(int mode) => _emulator.IsModeSet(mode);

    public void Dispose() => Leave();
}
