using System.Diagnostics;

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
        var (status, output, error) = RunKeys(new Dictionary<string, string> { ["TERM"] = "dumb" });

        Assert.Equal(2, status);
        Assert.Contains("TERM=dumb", error);
        Assert.Equal("", output);
    }

    private static (int Status, string Output, string Error) RunKeys(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "review.dll"));
        start.ArgumentList.Add("keys");
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
