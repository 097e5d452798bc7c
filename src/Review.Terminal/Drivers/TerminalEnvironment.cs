using System.Collections;
using Review.Terminal.Output;

namespace Review.Terminal.Drivers;

/// <summary>
/// What the environment says about the terminal: whether it can be driven at all, and its colour
/// depth. Pure functions over the variables, so they are testable without a terminal.
/// </summary>
public static class TerminalEnvironment
{
    /// <summary>
    /// Null when a full-screen program can run; otherwise the message to show the user.
    /// </summary>
    public static string? WhyUnusable(IReadOnlyDictionary<string, string> environment, bool inputIsTerminal, bool outputIsTerminal)
    {
        var term = environment.GetValueOrDefault("TERM", "");
        if (term == "dumb")
        {
            return "this terminal is TERM=dumb, which cannot draw a full-screen view; run review in a terminal emulator (xterm, tmux, Windows Terminal, ...)";
        }

        if (!inputIsTerminal || !outputIsTerminal)
        {
            var which = !inputIsTerminal && !outputIsTerminal ? "standard input and output are" : !inputIsTerminal ? "standard input is" : "standard output is";
            return $"{which} not a terminal; the review screen needs an interactive terminal (over SSH, use `ssh -t`)";
        }

        return null;
    }

    /// <summary>NO_COLOR (any non-empty value) wins; then COLORTERM; then TERM.</summary>
    public static ColorDepth DetectColorDepth(IReadOnlyDictionary<string, string> environment)
    {
        if (!string.IsNullOrEmpty(environment.GetValueOrDefault("NO_COLOR")))
        {
            return ColorDepth.None;
        }

        var colorTerm = environment.GetValueOrDefault("COLORTERM", "").ToLowerInvariant();
        if (colorTerm is "truecolor" or "24bit")
        {
            return ColorDepth.TrueColor;
        }

        var term = environment.GetValueOrDefault("TERM", "").ToLowerInvariant();
        if (term.Contains("direct") || term.Contains("truecolor"))
        {
            return ColorDepth.TrueColor;
        }

        if (term.Contains("256color") || colorTerm.Length > 0)
        {
            return ColorDepth.Ansi256;
        }

        return term is "" or "dumb" ? ColorDepth.None : ColorDepth.Ansi16;
    }

    /// <summary>The current process's environment as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> Current()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string ?? "";
        }

        return variables;
    }
}
