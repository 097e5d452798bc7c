using Review.Terminal.Output;

namespace Review.Terminal.Tests.Output;

public class TerminalCapabilitiesTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("xterm-256color", "truecolor", null, ColorDepth.TrueColor)]
    [InlineData("xterm-256color", "24bit", null, ColorDepth.TrueColor)]
    [InlineData("xterm-256color", null, null, ColorDepth.Ansi256)]
    [InlineData("screen", null, null, ColorDepth.Ansi16)]
    [InlineData("xterm-direct", null, null, ColorDepth.TrueColor)]
    [InlineData("dumb", null, null, ColorDepth.None)]
    [InlineData("xterm-256color", "truecolor", "1", ColorDepth.None)]
    [InlineData("xterm-256color", null, "", ColorDepth.Ansi256)]
    public void Colour_depth_from_the_environment(string term, string? colorTerm, string? noColor, ColorDepth expected)
    {
        var environment = Env(("TERM", term), ("COLORTERM", colorTerm!), ("NO_COLOR", noColor!));

        Assert.Equal(expected, TerminalCapabilities.DetectColorDepth(environment));
    }

    [Fact]
    public void Dumb_terminal_is_refused_with_a_clear_message()
    {
        var capabilities = TerminalCapabilities.Detect(Env(("TERM", "dumb")), inputIsTerminal: true, outputIsTerminal: true);

        Assert.False(capabilities.IsUsable);
        var error = Assert.Throws<TerminalNotSupportedException>(capabilities.EnsureUsable);
        Assert.Contains("TERM=dumb", error.Message);
    }

    [Fact]
    public void Redirected_output_is_refused()
    {
        var capabilities = TerminalCapabilities.Detect(Env(("TERM", "xterm")), inputIsTerminal: true, outputIsTerminal: false);

        Assert.Contains("stdout is not a terminal", capabilities.Problem);
    }

    [Fact]
    public void Ordinary_terminal_is_usable()
    {
        var capabilities = TerminalCapabilities.Detect(Env(("TERM", "tmux-256color")), inputIsTerminal: true, outputIsTerminal: true);

        Assert.True(capabilities.IsUsable);
        Assert.True(capabilities.SynchronizedOutput);
        capabilities.EnsureUsable();
    }
}
