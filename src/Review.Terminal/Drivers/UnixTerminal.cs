using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;
using Review.Terminal.Input;
using Review.Terminal.Output;

namespace Review.Terminal.Drivers;

/// <summary>
/// A terminal on file descriptors 0 and 1, in raw mode through termios. Input is read with
/// read(2) after poll(2) and decoded by <see cref="InputDecoder"/>; frames go out in one write(2).
/// Raw mode turns ISIG off, so Ctrl+C is an ordinary key the app binds. Ctrl+Z suspends when
/// <see cref="TerminalOptions.SuspendOnCtrlZ"/> is set. The terminal is restored on every exit
/// path (see <see cref="RestoreGuard"/>), and restoring twice is harmless. When the terminal
/// goes away (end of input, hang-up), <see cref="ReadEvent"/> throws <see cref="IOException"/>.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed unsafe partial class UnixTerminal : ITerminal
{
    private readonly TerminalOptions _options;
    private readonly InputDecoder _decoder = new();
    private readonly byte[] _savedTermios = new byte[LibC.TermiosBufferSize];
    private readonly byte[] _readBuffer = new byte[4096];
    private readonly Lock _gate = new();
    private readonly int[] _wakePipe = [-1, -1];
    private RestoreGuard? _guard;
    private PosixSignalRegistration? _resizeRegistration;
    private PosixSignalRegistration? _continueRegistration;
    private bool _entered;
    private bool _suspended;
    private volatile bool _resizePending;
    private long _lastInputAt;

    public UnixTerminal(TerminalCapabilities capabilities, TerminalOptions? options = null)
    {
        _options = options ?? new TerminalOptions();
        ColorDepth = capabilities.ColorDepth;
        SupportsSynchronizedOutput = capabilities.SynchronizedOutput;
        (Width, Height) = QuerySize();
    }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public ColorDepth ColorDepth { get; }

    /// <summary>
    /// First guessed from the environment, then settled by the terminal's own reply to the
    /// DECRQM query sent on Enter (a terminal that does not reply keeps the guess).
    /// </summary>
    public bool SupportsSynchronizedOutput { get; private set; }

    public void Enter()
    {
        lock (_gate)
        {
            if (_entered)
            {
                return;
            }

            if (_guard is null)
            {
                Install();
            }

            fixed (byte* termios = _savedTermios)
            {
                if (LibC.TcGetAttr(LibC.StdIn, termios) != 0)
                {
                    throw new TerminalNotSupportedException("cannot read the terminal settings of standard input (is it a terminal?)");
                }

                var raw = stackalloc byte[LibC.TermiosBufferSize];
                new Span<byte>(termios, LibC.TermiosBufferSize).CopyTo(new Span<byte>(raw, LibC.TermiosBufferSize));
                LibC.CfMakeRaw(raw);
                LibC.TcSetAttr(LibC.StdIn, LibC.TcsaNow, raw);
            }

            _entered = true;
            LibC.WriteAll(LibC.StdOut, Encoding.ASCII.GetBytes(TerminalModes.EnterSequence(_options) + TerminalModes.QuerySynchronizedOutput));
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
            LibC.WriteAll(LibC.StdOut, Encoding.ASCII.GetBytes(TerminalModes.LeaveSequence));
            fixed (byte* termios = _savedTermios)
            {
                LibC.TcSetAttr(LibC.StdIn, LibC.TcsaNow, termios);
            }
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            if (_guard?.Terminating == true)
            {
                return;
            }

            LibC.WriteAll(LibC.StdOut, bytes);
        }
    }

    public TerminalEvent? ReadEvent(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var polled = false;
        while (true)
        {
            if (NextEvent() is { } ready)
            {
                return ready;
            }

            // The escape timeout runs from the last byte read, so short polls still resolve a lone Esc.
            var escapeLeft = _options.EffectiveEscapeTimeout - Stopwatch.GetElapsedTime(_lastInputAt);
            if (_decoder.HasPendingEscape && escapeLeft <= TimeSpan.Zero)
            {
                _decoder.FlushPendingEscape();
                continue;
            }

            var infinite = timeout == Timeout.InfiniteTimeSpan;
            var left = infinite ? timeout : TimeSpan.FromTicks(Math.Max(0, (timeout - clock.Elapsed).Ticks));
            if (polled && !infinite && left == TimeSpan.Zero)
            {
                return null;
            }

            polled = true;
            WaitForInput(_decoder.HasPendingEscape ? Shorter(left, escapeLeft) : left);
        }
    }

    public void Dispose()
    {
        Leave();
        _resizeRegistration?.Dispose();
        _continueRegistration?.Dispose();
        _guard?.Dispose();
        _guard = null;
        foreach (var fd in _wakePipe.Where(fd => fd >= 0))
        {
            LibC.Close(fd);
        }

        _wakePipe[0] = _wakePipe[1] = -1;
    }

    private void Install()
    {
        fixed (int* fds = _wakePipe)
        {
            LibC.Pipe(fds);
        }

        _guard = new RestoreGuard(Leave);
        _resizeRegistration = PosixSignalRegistration.Create(PosixSignal.SIGWINCH, _ => Wake());
        _continueRegistration = PosixSignalRegistration.Create(PosixSignal.SIGCONT, context =>
        {
            // The runtime's own SIGCONT handling re-applies the termios it saw at start-up, which
            // would undo our raw mode right after Resume sets it.
            context.Cancel = true;
            Resume();
        });
    }

    private TerminalEvent? NextEvent()
    {
        if (_resizePending)
        {
            _resizePending = false;
            (Width, Height) = QuerySize();
            return new ResizeEvent(Width, Height);
        }

        while (_decoder.TryRead(out var next))
        {
            if (next is ModeReportEvent { Mode: 2026 } report)
            {
                SupportsSynchronizedOutput = report.IsRecognized;
            }
            else if (_options.SuspendOnCtrlZ && next is KeyEvent { Key: Key.Char, Modifiers: Modifiers.Ctrl, Text: "z" } && JobControl.CanSuspend())
            {
                Suspend();
            }
            else if (next is not ModeReportEvent)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>Restores the terminal and stops like a shell job; <see cref="Resume"/> runs on SIGCONT.</summary>
    private void Suspend()
    {
        lock (_gate)
        {
            _suspended = true;
            Leave();
        }

        LibC.Kill(LibC.GetPid(), LibC.StopSignal);
    }

    private void Resume()
    {
        lock (_gate)
        {
            // A stop we did not cause (SIGSTOP, SIGTTOU) left raw mode alone; either way, redraw.
            if (_suspended)
            {
                _suspended = false;
                Enter();
            }
        }

        Wake();
    }

    private void Wake()
    {
        _resizePending = true;
        if (_wakePipe[1] >= 0)
        {
            byte one = 1;
            LibC.Write(_wakePipe[1], &one, 1);
        }
    }

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) =>
        a == Timeout.InfiniteTimeSpan ? b : b == Timeout.InfiniteTimeSpan ? a : a < b ? a : b;

    private static (int Width, int Height) QuerySize()
    {
        LibC.WinSize size;
        if (LibC.IoctlWinSize(LibC.StdOut, LibC.WindowSizeRequest, &size) == 0 && size.Columns > 0 && size.Rows > 0)
        {
            return (size.Columns, size.Rows);
        }

        return (80, 24);
    }
}
