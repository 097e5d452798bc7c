using System.Diagnostics;

namespace Review.Cli.Tests.Terminal;

/// <summary>
/// A private tmux server (its own -L socket) running one pane, for end-to-end terminal tests.
/// Everything is polled with generous timeouts: the CI machine is slow and shared.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _socket = $"review-test-{Guid.NewGuid():N}";

    private TmuxSession()
    {
    }

    public static bool Available => Run("tmux", ["-V"]).ExitCode == 0;

    public static TmuxSession Start(string shellCommand, int width = 100, int height = 30)
    {
        var session = new TmuxSession();
        var result = session.Tmux("new-session", "-d", "-x", width.ToString(), "-y", height.ToString(), shellCommand);
        Assert.True(result.ExitCode == 0, $"tmux new-session failed: {result.Output}");
        return session;
    }

    public string Capture() => Tmux("capture-pane", "-p").Output;

    /// <summary>A tmux format such as #{alternate_on} or #{cursor_flag}, evaluated for the pane.</summary>
    public string Display(string format) => Tmux("display-message", "-p", format).Output.Trim();

    public void SendKeys(params string[] keys) => Tmux(["send-keys", .. keys]);

    /// <summary>Pastes text as the terminal would: bracketed when the program asked for it (-p).</summary>
    public void Paste(string text)
    {
        Tmux("set-buffer", "-b", "review-test", text);
        Tmux("paste-buffer", "-p", "-d", "-b", "review-test");
    }

    public void WaitForScreen(string text) =>
        WaitUntil(() => Capture().Contains(text), $"the pane to show \"{text}\"", () => Capture());

    public static void WaitUntil(Func<bool> condition, string what, Func<string>? describe = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"timed out waiting for {what}. {describe?.Invoke()}");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Stops the server and removes its socket file, which tmux leaves behind.</summary>
    public void Dispose()
    {
        var socketPath = Display("#{socket_path}");
        Tmux("kill-server");
        if (socketPath.Length > 0 && File.Exists(socketPath))
        {
            File.Delete(socketPath);
        }
    }

    private (int ExitCode, string Output) Tmux(params string[] arguments) => Run("tmux", ["-L", _socket, .. arguments]);

    private static (int ExitCode, string Output) Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
