namespace Review.Terminal.Drivers;

/// <summary>
/// Picks the driver for this process: <see cref="UnixTerminal"/> on Linux and macOS,
/// <see cref="ConsoleTerminal"/> on Windows or when REVIEW_TERMINAL=console asks for it.
/// </summary>
public static class TerminalFactory
{
    /// <summary>
    /// The driver, not yet entered. Throws <see cref="TerminalUnavailableException"/> with a
    /// message for the user when the terminal cannot be driven.
    /// </summary>
    public static ITerminal Create(TerminalOptions? options = null)
    {
        var environment = TerminalEnvironment.Current();
        var problem = TerminalEnvironment.WhyUnusable(environment, !Console.IsInputRedirected, !Console.IsOutputRedirected);
        if (problem is not null)
        {
            throw new TerminalUnavailableException(problem);
        }

        var colorDepth = TerminalEnvironment.DetectColorDepth(environment);
        if (OperatingSystem.IsWindows() || environment.GetValueOrDefault("REVIEW_TERMINAL") == "console")
        {
            return new ConsoleTerminal(colorDepth);
        }

        return new UnixTerminal(colorDepth, options);
    }
}
