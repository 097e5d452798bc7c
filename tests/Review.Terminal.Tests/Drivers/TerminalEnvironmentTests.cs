using Review.Terminal.Drivers;
using Review.Terminal.Output;

namespace Review.Terminal.Tests.Drivers;

public sealed class TerminalEnvironmentTests
{
    [Theory]
    [InlineData("", "", "", ColorDepth.None)]
    [InlineData("dumb", "", "", ColorDepth.None)]
    [InlineData("xterm", "", "", ColorDepth.Ansi16)]
    [InlineData("linux", "", "", ColorDepth.Ansi16)]
    [InlineData("xterm-256color", "", "", ColorDepth.Ansi256)]
    [InlineData("tmux-256color", "", "", ColorDepth.Ansi256)]
    [InlineData("xterm-256color", "truecolor", "", ColorDepth.TrueColor)]
    [InlineData("xterm", "24bit", "", ColorDepth.TrueColor)]
    [InlineData("xterm-direct", "", "", ColorDepth.TrueColor)]
    [InlineData("xterm-256color", "truecolor", "1", ColorDepth.None)]
    [InlineData("xterm", "", "yes", ColorDepth.None)]
    public void Colour_depth_comes_from_COLORTERM_and_TERM_and_NO_COLOR_wins(string term, string colorTerm, string noColor, ColorDepth expected)
    {
        var environment = new Dictionary<string, string> { ["TERM"] = term, ["COLORTERM"] = colorTerm, ["NO_COLOR"] = noColor };

        Assert.Equal(expected, TerminalEnvironment.DetectColorDepth(environment));
    }

    [Theory]
    [InlineData("xterm-256color", true, true, null)]
    [InlineData("dumb", true, true, "TERM=dumb")]
    [InlineData("xterm", false, true, "standard input is not a terminal")]
    [InlineData("xterm", true, false, "standard output is not a terminal")]
    [InlineData("xterm", false, false, "standard input and output are not a terminal")]
    public void An_undrivable_terminal_gets_a_message(string term, bool input, bool output, string? expected)
    {
        var problem = TerminalEnvironment.WhyUnusable(new Dictionary<string, string> { ["TERM"] = term }, input, output);

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem);
        }
    }
}
