using Review.Cli.Screen;
using Review.Core.Session;

namespace Review.Cli.Tests.Screen;

public sealed class FilterScanTests : IDisposable
{
    private readonly KoreanCorpus _corpus = new(copies: 4_002);

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void A_filter_nothing_matches_stops_after_the_scan_limit_and_goes_on_when_asked()
    {
        var rejected = PairFilter.TryParse("rejected", out _)!;
        using var screen = new ScreenHarness(_corpus, 80, 24, filter: rejected);

        screen.Keys("g1").Send(new Review.Terminal.Input.KeyEvent(Review.Terminal.Input.Key.Enter)).Keys("j");

        Assert.Equal(1 + ReviewSession.ScanLimit, screen.Loop.State.CurrentOrd);
        Assert.Contains("press the key again", screen.Screen);

        screen.Keys("j");

        Assert.Equal(1 + ReviewSession.ScanLimit, screen.Loop.State.CurrentOrd);
        Assert.Contains("this is the last pair matching 'rejected'", screen.Screen);
    }
}
