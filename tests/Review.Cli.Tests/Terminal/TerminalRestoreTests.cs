using Review.Cli.Tests.EndToEnd;

namespace Review.Cli.Tests.Terminal;

/// <summary>
/// The real `review keys` in a real pty (tmux): on every way out, termios is back as it was
/// (`stty -g` equal), the pane is off the alternate screen and the cursor is visible.
/// </summary>
public sealed class TerminalRestoreTests
{
    [Theory]
    [InlineData("quit", 0)]
    [InlineData("SIGINT", 128 + 2)]
    [InlineData("SIGTERM", 128 + 15)]
    [InlineData("SIGHUP", 128 + 1)]
    [InlineData("SIGQUIT", 128 + 3)]
    [InlineData("crash", 128 + 6)]
    public void Every_exit_path_restores_the_terminal(string exitPath, int expectedStatus)
    {
        Assert.SkipUnless(TmuxSession.Available, "tmux is not installed");
        using var keys = new KeysSession();
        Assert.Equal("1", keys.Tmux.Display("#{alternate_on}"));

        switch (exitPath)
        {
            case "quit":
                keys.Tmux.Keys("q", "q");
                break;
            case "crash":
                keys.Tmux.Keys("!");
                break;
            default:
                keys.Signal(exitPath[3..]);
                break;
        }

        var (status, settingsAfter) = keys.WaitForExit();
        Assert.Equal(expectedStatus, status);
        Assert.Equal(keys.SettingsBefore, settingsAfter);
        Assert.Equal("0", keys.Tmux.Display("#{alternate_on}"));
        Assert.Equal("1", keys.Tmux.Display("#{cursor_flag}"));
    }

    [Fact]
    public void Ctrl_c_is_an_ordinary_key_and_does_not_end_the_program()
    {
        Assert.SkipUnless(TmuxSession.Available, "tmux is not installed");
        using var keys = new KeysSession();

        keys.Tmux.Keys("C-c");
        keys.Tmux.WaitFor("key Ctrl+'c'");
        keys.Tmux.Keys("q", "q");

        var (status, settingsAfter) = keys.WaitForExit();
        Assert.Equal(0, status);
        Assert.Equal(keys.SettingsBefore, settingsAfter);
    }

    [Fact]
    public void Ctrl_z_suspends_with_the_terminal_restored_and_resumes_with_a_redraw()
    {
        Assert.SkipUnless(TmuxSession.Available, "tmux is not installed");
        using var keys = new KeysSession(jobControl: true);

        keys.Tmux.Keys("C-z");
        TmuxSession.Poll(() => IsStopped(keys.ProcessId), "review keys to stop");
        Assert.Equal("0", keys.Tmux.Display("#{alternate_on}"));
        Assert.Equal("1", keys.Tmux.Display("#{cursor_flag}"));
        Assert.Equal(keys.SettingsBefore, PaneSettings(keys.Tmux));

        keys.Resume();
        keys.Tmux.WaitFor("resize 100x30");
        Assert.Equal("1", keys.Tmux.Display("#{alternate_on}"));
        Assert.NotEqual(keys.SettingsBefore, PaneSettings(keys.Tmux));

        keys.Tmux.Keys("q", "q");
        var (status, settingsAfter) = keys.WaitForExit();
        Assert.Equal(0, status);
        Assert.Equal(keys.SettingsBefore, settingsAfter);
    }

    [Fact]
    public void Ctrl_z_without_a_job_control_shell_is_an_ordinary_key()
    {
        Assert.SkipUnless(TmuxSession.Available, "tmux is not installed");
        using var keys = new KeysSession(jobControl: false);

        keys.Tmux.Keys("C-z");
        keys.Tmux.WaitFor("key Ctrl+'z'");
        Assert.Equal("1", keys.Tmux.Display("#{alternate_on}"));
        keys.Tmux.Keys("q", "q");

        Assert.Equal(0, keys.WaitForExit().ExitStatus);
    }

    [Fact]
    public void Keys_from_a_real_pty_are_decoded_including_a_lone_esc_and_a_bracketed_paste()
    {
        Assert.SkipUnless(TmuxSession.Available, "tmux is not installed");
        using var keys = new KeysSession();

        keys.Tmux.Keys("Up");
        keys.Tmux.WaitFor("key Up");
        keys.Tmux.Keys("M-x");
        keys.Tmux.WaitFor("key Alt+'x'");
        keys.Tmux.Keys("Escape");
        keys.Tmux.WaitFor("key Escape");
        keys.Tmux.Keys("-l", "한");
        keys.Tmux.WaitFor("key '한' (U+D55C)");
        keys.Tmux.Paste("번역\n끝");
        keys.Tmux.WaitFor("paste 4 chars");
        keys.Tmux.Keys("q", "q");

        Assert.Equal(0, keys.WaitForExit().ExitStatus);
    }

    private static bool IsStopped(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('T');
    }

    private static string PaneSettings(TmuxSession tmux)
    {
        var tty = tmux.Display("#{pane_tty}");
        using var stty = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stty", ["-F", tty, "-g"]) { RedirectStandardOutput = true })!;
        var settings = stty.StandardOutput.ReadToEnd().Trim();
        stty.WaitForExit();
        return settings;
    }
}
