using Review.Terminal.Input;
using Review.Terminal.Output;

namespace Review.Terminal.Drivers;

/// <summary>
/// A terminal the renderer can draw on and the app can read events from.
/// Enter and Leave are idempotent: leaving twice (say, from a signal handler and then from
/// Dispose) is harmless.
/// </summary>
public interface ITerminal : IDisposable
{
    int Width { get; }

    int Height { get; }

    ColorDepth ColorDepth { get; }

    /// <summary>True when the terminal understands synchronized output (DEC mode 2026).</summary>
    bool SupportsSynchronizedOutput { get; }

    /// <summary>Raw mode, alternate screen, hidden cursor, bracketed paste, mouse and focus reporting.</summary>
    void Enter();

    /// <summary>Restores everything Enter changed.</summary>
    void Leave();

    /// <summary>Writes the bytes in one write() where the platform allows it.</summary>
    void Write(ReadOnlySpan<byte> bytes);

    /// <summary>The next event, or null when none arrived within <paramref name="timeout"/>.</summary>
    TerminalEvent? ReadEvent(TimeSpan timeout);
}
