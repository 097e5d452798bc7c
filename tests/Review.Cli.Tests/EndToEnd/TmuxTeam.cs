using System.Diagnostics;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>
/// One tmux server of our own (a unique -L socket) with one window per annotator, each running a
/// command that waits for a start file, so that every process opens at the same moment. Keys go
/// to every window in one tmux call, so a tick costs one process however many annotators there are.
/// </summary>
internal sealed class TmuxTeam : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly string _socket = "review-team-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _startFile;

    public TmuxTeam(IReadOnlyList<string> commands, string folder, int width, int height, IReadOnlyDictionary<string, string> environment)
    {
        _startFile = Path.Combine(folder, "start-" + Guid.NewGuid().ToString("N"));
        var exports = string.Join(" ", environment.Select(kv => $"{kv.Key}={Quote(kv.Value)}"));
        for (var i = 0; i < commands.Count; i++)
        {
            var script = $"while [ ! -e {Quote(_startFile)} ]; do sleep 0.05; done; exec env {exports} {commands[i]}";
            string[] window = i == 0
                ? ["-f", "/dev/null", "new-session", "-d", "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture), "-n", "w0"]
                : ["new-window", "-d", "-n", $"w{i}"];
            Tmux([.. window, $"sh -c {Quote(script)}; echo REVIEW-EXITED-$?; sleep 600"]);
        }
        Count = commands.Count;
    }

    public int Count { get; }

    /// <summary>Lets every window's command start at once.</summary>
    public void Start() => File.WriteAllText(_startFile, "");

    public string Capture(int window)
    {
        Run(["-u", "-L", _socket, "capture-pane", "-p", "-J", "-t", $"w{window}"], out var screen);
        return screen;
    }

    /// <summary>The same key to every window, in one tmux call.</summary>
    public void KeyToAll(string key) => KeysToEach(_ => [key]);

    /// <summary>Each window its own keys (<paramref name="keysOf"/> its index), in one tmux call.</summary>
    public void KeysToEach(Func<int, IReadOnlyList<string>> keysOf)
    {
        var args = new List<string> { "-u", "-L", _socket };
        for (var i = 0; i < Count; i++)
        {
            args.AddRange(i == 0 ? ["send-keys", "-t", $"w{i}", .. keysOf(i)] : [";", "send-keys", "-t", $"w{i}", .. keysOf(i)]);
        }
        if (Run(args, out var output) != 0)
        {
            throw new InvalidOperationException($"tmux send-keys failed: {output}");
        }
    }

    /// <summary>Polls a window until its screen satisfies <paramref name="condition"/>; fails with the last screen.</summary>
    public string WaitUntil(int window, Func<string, bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        var screen = "";
        while (watch.Elapsed < Patience)
        {
            screen = Capture(window);
            if (condition(screen))
            {
                return screen;
            }
            Thread.Sleep(200);
        }
        throw new Xunit.Sdk.XunitException($"timed out waiting for {what} in window {window}; it shows:\n{screen}");
    }

    public void Dispose()
    {
        Run(["-L", _socket, "kill-server"], out _);
        File.Delete(_startFile);
    }

    private void Tmux(IEnumerable<string> args)
    {
        if (Run(["-u", "-L", _socket, .. args], out var output) != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {output}");
        }
    }

    private static int Run(IEnumerable<string> args, out string output)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
