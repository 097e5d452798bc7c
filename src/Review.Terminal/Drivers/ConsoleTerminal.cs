using System.Diagnostics;
using System.Text;
using Review.Terminal.Input;
using Review.Terminal.Output;

namespace Review.Terminal.Drivers;

/// <summary>
/// A portable driver on System.Console only, for Windows and hosts where termios is not at hand.
/// Keys come from Console.ReadKey (no paste brackets or mouse: Console does not expose them);
/// resizes are noticed by polling the window size. Ctrl+C is delivered as a key.
/// </summary>
public sealed class ConsoleTerminal : ITerminal
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(15);
    private readonly Stream _output;
    private readonly Lock _gate = new();
    private bool _entered;
    private bool _previousTreatControlC;

    public ConsoleTerminal(TerminalCapabilities capabilities)
    {
        ColorDepth = capabilities.ColorDepth;
        SupportsSynchronizedOutput = capabilities.SynchronizedOutput;
        _output = Console.OpenStandardOutput();
        (Width, Height) = WindowSize();
    }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public ColorDepth ColorDepth { get; }

    public bool SupportsSynchronizedOutput { get; }

    public void Enter()
    {
        lock (_gate)
        {
            if (_entered)
            {
                return;
            }

            _entered = true;
            _previousTreatControlC = Console.TreatControlCAsInput;
            Console.TreatControlCAsInput = true;
            AppDomain.CurrentDomain.ProcessExit += OnExit;
            AppDomain.CurrentDomain.UnhandledException += OnExit;
            WriteText("\e[?1049h\e[?25l");
        }
    }

    public void Leave()
    {
        lock (_gate)
        {
            if (!_entered)
            {
                return;
            }

            _entered = false;
            WriteText("\e[0m\e[?25h\e[?1049l");
            Console.TreatControlCAsInput = _previousTreatControlC;
            AppDomain.CurrentDomain.ProcessExit -= OnExit;
            AppDomain.CurrentDomain.UnhandledException -= OnExit;
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            _output.Write(bytes);
            _output.Flush();
        }
    }

    public TerminalEvent? ReadEvent(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var size = WindowSize();
            if (size != (Width, Height))
            {
                (Width, Height) = size;
                return new ResizeEvent(Width, Height);
            }

            if (Console.KeyAvailable)
            {
                return ReadKey();
            }

            if (timeout != Timeout.InfiniteTimeSpan && clock.Elapsed >= timeout)
            {
                return null;
            }

            Thread.Sleep(PollInterval);
        }
    }

    public void Dispose() => Leave();

    private static KeyEvent ReadKey()
    {
        var info = Console.ReadKey(intercept: true);
        if (char.IsHighSurrogate(info.KeyChar) && Console.KeyAvailable)
        {
            var low = Console.ReadKey(intercept: true);
            return ConsoleKeyMapping.ToKeyEvent(info, new string([info.KeyChar, low.KeyChar]));
        }

        return ConsoleKeyMapping.ToKeyEvent(info);
    }

    private void WriteText(string text) => Write(Encoding.UTF8.GetBytes(text));

    private void OnExit(object? sender, EventArgs e) => Leave();

    private static (int Width, int Height) WindowSize()
    {
        try
        {
            return (Math.Max(1, Console.WindowWidth), Math.Max(1, Console.WindowHeight));
        }
        catch (IOException)
        {
            return (80, 24);
        }
    }
}
