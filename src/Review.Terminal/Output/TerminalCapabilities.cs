namespace Review.Terminal.Output;

/// <summary>
/// What the terminal this process runs in can do, judged from the environment before anything is
/// drawn. <see cref="Problem"/> is a user-facing reason why a full-screen interface cannot run
/// (TERM=dumb, or stdin/stdout not a terminal); programs call <see cref="EnsureUsable"/> first.
/// </summary>
public sealed record TerminalCapabilities(ColorDepth ColorDepth, bool SynchronizedOutput, string? Problem)
{
    // Terminals known to implement DEC mode 2026. Others ignore the mode, so a wrong guess costs nothing.
    private static readonly string[] SynchronizedTerminals = ["kitty", "wezterm", "foot", "alacritty", "ghostty", "contour", "iterm", "vscode", "tmux"];

    public bool IsUsable => Problem is null;

    public static TerminalCapabilities FromEnvironment() =>
        Detect(Environment.GetEnvironmentVariable, !Console.IsInputRedirected, !Console.IsOutputRedirected);

    public static TerminalCapabilities Detect(Func<string, string?> environment, bool inputIsTerminal, bool outputIsTerminal)
    {
        var term = environment("TERM") ?? string.Empty;
        return new TerminalCapabilities(
            DetectColorDepth(environment),
            DetectSynchronizedOutput(environment),
            DetectProblem(term, inputIsTerminal, outputIsTerminal));
    }

    /// <summary>NO_COLOR (any non-empty value) wins; then COLORTERM=truecolor/24bit; then TERM.</summary>
    public static ColorDepth DetectColorDepth(Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(environment("NO_COLOR")))
        {
            return ColorDepth.None;
        }

        var colorTerm = environment("COLORTERM") ?? string.Empty;
        if (colorTerm.Equals("truecolor", StringComparison.OrdinalIgnoreCase) || colorTerm.Equals("24bit", StringComparison.OrdinalIgnoreCase))
        {
            return ColorDepth.TrueColor;
        }

        var term = environment("TERM") ?? string.Empty;
        if (term.Length == 0 || term == "dumb")
        {
            return ColorDepth.None;
        }

        if (term.EndsWith("-direct", StringComparison.Ordinal) || term.Contains("truecolor", StringComparison.Ordinal))
        {
            return ColorDepth.TrueColor;
        }

        return term.Contains("256color", StringComparison.Ordinal) ? ColorDepth.Ansi256 : ColorDepth.Ansi16;
    }

    /// <summary>Throws <see cref="TerminalNotSupportedException"/> with <see cref="Problem"/> when the terminal cannot be driven.</summary>
    public void EnsureUsable()
    {
        if (Problem is not null)
        {
            throw new TerminalNotSupportedException(Problem);
        }
    }

    private static bool DetectSynchronizedOutput(Func<string, string?> environment)
    {
        var names = $"{environment("TERM")} {environment("TERM_PROGRAM")}".ToLowerInvariant();
        return SynchronizedTerminals.Any(names.Contains);
    }

    private static string? DetectProblem(string term, bool inputIsTerminal, bool outputIsTerminal)
    {
        if (!inputIsTerminal || !outputIsTerminal)
        {
            var which = !inputIsTerminal && !outputIsTerminal ? "stdin and stdout are" : !inputIsTerminal ? "stdin is" : "stdout is";
            return $"{which} not a terminal; the interactive screen needs one (run it in a terminal, or use a non-interactive command such as export)";
        }

        if (term.Length == 0)
        {
            return "TERM is not set; the interactive screen needs a terminal type such as xterm-256color";
        }

        return term == "dumb"
            ? "TERM=dumb cannot move the cursor; the interactive screen needs a terminal such as xterm-256color"
            : null;
    }
}
