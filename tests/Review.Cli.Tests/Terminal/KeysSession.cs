using System.Diagnostics;
using System.Globalization;
using Review.Cli.Tests.EndToEnd;

namespace Review.Cli.Tests.Terminal;

/// <summary>
/// `review keys` running in a tmux pane under a small script that records `stty -g` before and
/// after, the process id, and the exit status, then keeps the pane open for inspection.
/// </summary>
internal sealed class KeysSession : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("review-keys-").FullName;

    /// <param name="jobControl">
    /// Run under a shell with job control (set -m), as an interactive login shell would, so Ctrl+Z
    /// can stop the program; the script then plays the user typing fg once the file "resume" appears.
    /// </param>
    public KeysSession(bool jobControl = false)
    {
        var script = Path.Combine(_folder, "run.sh");
        var resume = jobControl ? "while [ ! -e resume ]; do sleep 0.1; done; fg %1" : "";
        File.WriteAllText(script, $"""
            {(jobControl ? "set -m" : "")}
            cd '{_folder}'
            stty -g > before
            (echo $BASHPID > pid; exec {ReviewExecutable.ShellCommand} keys --idle-seconds 600 --throw-on-key '!')
            {resume}
            echo $? > rc
            stty -g > after
            exec sleep 600
            """.Replace("\r\n", "\n"));
        Tmux = TmuxSession.Start($"bash '{script}'");
        Tmux.WaitFor("review keys: press");
    }

    public TmuxSession Tmux { get; }

    public int ProcessId => int.Parse(File.ReadAllText(Path.Combine(_folder, "pid")).Trim(), CultureInfo.InvariantCulture);

    public string SettingsBefore => File.ReadAllText(Path.Combine(_folder, "before")).Trim();

    /// <summary>Lets the job-control script bring the stopped program back with fg.</summary>
    public void Resume() => File.WriteAllText(Path.Combine(_folder, "resume"), "");

    public void Signal(string name) => Process.Start("kill", ["-" + name, ProcessId.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();

    /// <summary>Waits for the program to end; returns its exit status and the terminal settings after it.</summary>
    public (int ExitStatus, string SettingsAfter) WaitForExit()
    {
        var after = Path.Combine(_folder, "after");
        TmuxSession.Poll(() => File.Exists(after) && File.ReadAllText(after).Trim().Length > 0, "review keys to exit", Tmux.Capture);
        return (int.Parse(File.ReadAllText(Path.Combine(_folder, "rc")).Trim(), CultureInfo.InvariantCulture), File.ReadAllText(after).Trim());
    }

    public void Dispose()
    {
        Tmux.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
