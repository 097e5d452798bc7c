using System.Diagnostics;
using System.Globalization;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>
/// A tmux server of our own (a unique -L socket) running one command in a detached window of a
/// given size. Waits poll the pane generously, because CI machines are slow; nothing asserts on
/// wall-clock time.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _socket = "review-e2e-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _pidFile = Path.Combine(Path.GetTempPath(), $"review-e2e-{Guid.NewGuid():N}.pid");

    /// <summary>
    /// Runs <paramref name="command"/> under <paramref name="environment"/> alone, recording its pid
    /// (<see cref="CommandPid"/>) and printing REVIEW-EXITED-status when it ends.
    /// </summary>
    public TmuxSession(string command, int width, int height, IReadOnlyDictionary<string, string> environment)
    {
        var exports = string.Join(" ", environment.Select(kv => $"{kv.Key}={Quote(kv.Value)}"));
        Open(width, height, $"sh -c {Quote($"echo $$ > {_pidFile}; exec env {exports} {command}")}; echo REVIEW-EXITED-$?; sleep 600");
    }

    private TmuxSession()
    {
    }

    /// <summary>A pane running <paramref name="shellCommand"/> as given, for tests that script the shell around the program.</summary>
    public static TmuxSession Start(string shellCommand, int width = 100, int height = 30)
    {
        var session = new TmuxSession();
        session.Open(width, height, shellCommand);
        return session;
    }

    public static bool Available => Run("tmux", ["-V"], out _) == 0;

    public string Capture()
    {
        Run("tmux", ["-u", "-L", _socket, "capture-pane", "-p", "-J", "-t", "0"], out var screen);
        return screen;
    }

    /// <summary>Whether the program left the pane on the alternate screen (a restored terminal does not).</summary>
    public bool AlternateScreenOn() => Display("#{alternate_on}") == "1";

    /// <summary>A tmux format such as #{alternate_on} or #{cursor_flag}, evaluated for the pane.</summary>
    public string Display(string format)
    {
        Run("tmux", ["-u", "-L", _socket, "display-message", "-p", "-t", "0", format], out var value);
        return value.Trim();
    }

    /// <summary>Pastes text as the terminal would: bracketed when the program asked for it (-p).</summary>
    public void Paste(string text)
    {
        Tmux("set-buffer", "-b", "review-test", text);
        Tmux("paste-buffer", "-p", "-d", "-b", "review-test", "-t", "0");
    }

    /// <summary>Keys by tmux name (e.g. "Tab", "C-s", "Escape", "Right").</summary>
    public void Keys(params string[] keys) => Tmux(["send-keys", "-t", "0", .. keys]);

    /// <summary>Literal text, UTF-8 included, typed as if by the annotator.</summary>
    public void Type(string text) => Tmux("send-keys", "-t", "0", "-l", text);

    public void Resize(int width, int height) =>
        Tmux("resize-window", "-t", "0", "-x", width.ToString(CultureInfo.InvariantCulture), "-y", height.ToString(CultureInfo.InvariantCulture));

    /// <summary>The review process itself (the command is exec'd, so it keeps the pid it wrote).</summary>
    public int CommandPid() => int.Parse(File.ReadAllText(_pidFile).Trim(), CultureInfo.InvariantCulture);

    /// <summary>Polls the pane until it shows <paramref name="text"/>; fails with the last screen.</summary>
    public string WaitFor(string text) => WaitUntil(screen => screen.Contains(text, StringComparison.Ordinal), $"'{text}'");

    public string WaitUntil(Func<string, bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        var screen = "";
        while (watch.Elapsed < Patience)
        {
            screen = Capture();
            if (condition(screen))
            {
                return screen;
            }
            Thread.Sleep(100);
        }
        throw new Xunit.Sdk.XunitException($"timed out waiting for {what}; the pane shows:\n{screen}");
    }

    /// <summary>Polls <paramref name="condition"/>, for what shows outside the pane (files a script writes, a process state).</summary>
    public static void Poll(Func<bool> condition, string what, Func<string>? describe = null)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Patience)
            {
                throw new Xunit.Sdk.XunitException($"timed out waiting for {what}. {describe?.Invoke()}");
            }
            Thread.Sleep(100);
        }
    }

    /// <summary>Stops the server and removes its socket file, which tmux leaves behind.</summary>
    public void Dispose()
    {
        var socket = Display("#{socket_path}");
        Run("tmux", ["-L", _socket, "kill-server"], out _);
        File.Delete(_pidFile);
        if (socket.Length > 0)
        {
            File.Delete(socket);
        }
    }

    private void Open(int width, int height, string shellCommand) =>
        Tmux("-f", "/dev/null", "new-session", "-d", "-x", width.ToString(CultureInfo.InvariantCulture), "-y", height.ToString(CultureInfo.InvariantCulture), shellCommand);

    private void Tmux(params string[] args)
    {
        if (Run("tmux", ["-u", "-L", _socket, .. args], out var output) != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {output}");
        }
    }

    private static int Run(string file, IEnumerable<string> args, out string output)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
