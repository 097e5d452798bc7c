using System.Diagnostics;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>A dropped SSH connection (SIGHUP) or a SIGTERM gives the annotator's pair back to the team at once, not a lease later.</summary>
public sealed class HangupEndToEndTests : IDisposable
{
    private readonly ReviewRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    public void A_hang_up_releases_the_claim_on_the_pair_on_screen(int signal)
    {
        using (var tmux = _run.Open(80, 24))
        {
            tmux.WaitFor(ReviewRun.Id(1));
            using (var store = StoreFactory.OpenExisting(_run.DatabasePath))
            {
                Assert.Equal("e2e", store.ClaimedBy(store.FindByOrd(1)!.Id));
            }
            using (var kill = Process.Start("kill", [$"-{signal}", tmux.CommandPid().ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }
            tmux.WaitFor($"REVIEW-EXITED-{128 + signal}");
            Assert.False(tmux.AlternateScreenOn(), "the terminal was left on the alternate screen");
        }

        using var after = StoreFactory.OpenExisting(_run.DatabasePath);
        Assert.Null(after.ClaimedBy(after.FindByOrd(1)!.Id));
        Assert.Equal(0, after.Colleagues("someone else"));
    }
}
