using Review.Cli.Tests.Commands;
using Review.Cli.Tests.EndToEnd;

namespace Review.Cli.Tests.Faults;

/// <summary>
/// The real binary under tmux, its database on a small tmpfs that fills up mid-session: the decision
/// is shown as NOT SAVED with the cause, kept and retried, and saved once space is back.
/// </summary>
public sealed class ScreenDiskFullTests
{
    [Fact]
    public void A_decision_on_a_full_disk_is_kept_retried_and_saved_once_space_is_back()
    {
        using var disk = new SmallDisk("2m");
        var db = FaultCorpus.Database(disk.File("review.db"), 6, decided: false);
        using (var tmux = Open(db))
        {
            tmux.WaitFor("fault-000001");
            tmux.Keys("a");
            tmux.WaitFor("fault-000002");
            disk.Fill();

            tmux.Keys("a");

            tmux.WaitFor("NOT SAVED: disk full");
            tmux.Keys("q");
            tmux.WaitFor("press q again to quit and DROP");
            disk.Free();
            tmux.WaitFor("fault-000003");
            tmux.Keys("q");
            tmux.WaitFor("REVIEW-EXITED-0");
        }

        Assert.Equal((6, 2), FaultCorpus.Counts(db));
    }

    [Fact]
    public void Quitting_twice_while_the_disk_stays_full_drops_only_the_unsaved_decision()
    {
        using var disk = new SmallDisk("2m");
        var db = FaultCorpus.Database(disk.File("review.db"), 6, decided: false);
        using (var tmux = Open(db))
        {
            tmux.WaitFor("fault-000001");
            tmux.Keys("a");
            tmux.WaitFor("fault-000002");
            disk.Fill();
            tmux.Keys("a");
            tmux.WaitFor("NOT SAVED: disk full");

            tmux.Keys("q");
            tmux.WaitFor("press q again");
            tmux.Keys("q");

            tmux.WaitFor("REVIEW-EXITED-0");
            Assert.DoesNotContain("   at ", tmux.Capture());
        }
        disk.Free();

        // Pair 1 was saved; pair 2's decision was never shown as saved, and was dropped when asked twice.
        Assert.Equal((6, 1), FaultCorpus.Counts(db));
    }

    private static TmuxSession Open(string db)
    {
        var environment = new Dictionary<string, string>
        {
            ["TERM"] = "xterm-256color",
            ["LANG"] = "C.UTF-8",
            ["LC_ALL"] = "C.UTF-8",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        var dll = Path.Combine(AppContext.BaseDirectory, "review.dll");
        return new TmuxSession($"dotnet '{dll}' '{db}' --annotator e2e --start 1", 120, 30, environment);
    }
}
