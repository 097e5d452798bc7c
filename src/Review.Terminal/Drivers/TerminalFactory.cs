using Review.Terminal.Output;

namespace Review.Terminal.Drivers;

/// <summary>
/// Picks the driver for this process: <see cref="UnixTerminal"/> on Linux and macOS,
/// <see cref="ConsoleTerminal"/> on Windows or when REVIEW_TERMINAL=console asks for it.
/// </summary>
public static class TerminalFactory
{
    /// <summary>
    /// The driver, not yet entered. Throws <see cref="TerminalNotSupportedException"/> with a
    /// message for the user when the terminal cannot be driven (TERM=dumb, not a TTY).
    /// </summary>
    public static ITerminal Create(TerminalOptions? options = null)
    {
        var capabilities = TerminalCapabilities.FromEnvironment();
        capabilities.EnsureUsable();
        if (OperatingSystem.IsWindows() || Environment.GetEnvironmentVariable("REVIEW_TERMINAL") == "console")
        {
            return new ConsoleTerminal(capabilities);
        }

        return new UnixTerminal(capabilities, options);
    }
}
