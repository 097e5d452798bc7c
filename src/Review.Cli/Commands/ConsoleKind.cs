using Spectre.Console;

namespace Review.Cli.Commands;

/// <summary>Decides when to draw tables and progress bars: only when a person is watching a terminal.</summary>
internal static class ConsoleKind
{
    public static bool StdoutIsTerminal => !Console.IsOutputRedirected;

    public static bool StderrIsTerminal => !Console.IsErrorRedirected;

    /// <summary>A Spectre console that draws on stderr, so progress never mixes with results on stdout.</summary>
    public static IAnsiConsole Diagnostics() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
