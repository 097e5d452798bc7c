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
            // The claim follows the first frame (the frame waits for no write), so it is awaited, not assumed.
            Assert.Equal("e2e", ClaimantOfTheFirstPair(expected: "e2e"));
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

    private string? ClaimantOfTheFirstPair(string expected)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            using var store = StoreFactory.OpenExisting(_run.DatabasePath);
            var holder = store.ClaimedBy(store.FindByOrd(1)!.Id);
            if (holder == expected || watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                return holder;
            }
            Thread.Sleep(50);
        }
    }
}
