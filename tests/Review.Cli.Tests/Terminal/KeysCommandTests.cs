using System.Diagnostics;
using Review.Cli.Tests.EndToEnd;

namespace Review.Cli.Tests.Terminal;

public sealed class KeysCommandTests
{
    [Fact]
    public void Without_a_terminal_it_explains_instead_of_drawing()
    {
        var (status, output, error) = RunKeys(new Dictionary<string, string> { ["TERM"] = "xterm-256color" });

        Assert.Equal(2, status);
        Assert.Contains("not a terminal", error);
        Assert.DoesNotContain("\e[", output);
    }

    [Fact]
    public void On_a_dumb_terminal_it_explains_instead_of_drawing()
    {
        Assert.SkipUnless(TmuxSession.Available, "tmux is not installed");
        using var tmux = TmuxSession.Start($"TERM=dumb {ReviewExecutable.ShellCommand} keys; echo \"exit=$?\"; sleep 600");

        tmux.WaitFor("exit=");

        Assert.Contains("exit=2", tmux.Capture());
        Assert.Contains("TERM=dumb", tmux.Capture());
        Assert.Equal("0", tmux.Display("#{alternate_on}"));
    }

    [Fact]
    public void It_stops_by_itself_after_the_idle_time_and_restores_the_screen()
    {
        Assert.SkipUnless(TmuxSession.Available, "tmux is not installed");
        using var tmux = TmuxSession.Start($"{ReviewExecutable.ShellCommand} keys --idle-seconds 1; echo \"exit=$?\"; sleep 600");

        tmux.WaitFor("exit=");

        Assert.Contains("exit=0", tmux.Capture());
        Assert.Contains("no input for 1 s", tmux.Capture());
        Assert.Equal("0", tmux.Display("#{alternate_on}"));
        Assert.Equal("1", tmux.Display("#{cursor_flag}"));
    }

    private static (int Status, string Output, string Error) RunKeys(Dictionary<string, string> environment)
    {
        var start = ReviewExecutable.Start("keys");
        start.RedirectStandardInput = start.RedirectStandardOutput = start.RedirectStandardError = true;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "review keys did not exit");
        return (process.ExitCode, output.Result, error.Result);
    }
}
