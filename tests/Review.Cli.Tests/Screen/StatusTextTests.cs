using Review.Cli.Screen;
using Review.Core.Session;
using static Review.Cli.Tests.Screen.ScreenFixtures;

namespace Review.Cli.Tests.Screen;

public sealed class StatusTextTests
{
    [Fact]
    public void Progress_shows_pace_and_eta_once_a_minute_and_a_decision_have_passed()
    {
        var state = Browsing() with { SessionDecisions = 6, Counts = new ProgressCounts(20, 5, 15, true) };

        var early = StatusText.Progress(state, Start.AddSeconds(30));
        var later = StatusText.Progress(state, Start.AddMinutes(30));

        Assert.Equal(["5/20 done", "15 pending", "6 this session"], early);
        Assert.Equal(["5/20 done", "15 pending", "6 this session", "12/h", "ETA 1h15m"], later);
    }

    [Fact]
    public void Under_overlap_the_status_line_says_how_many_decisions_are_in_and_how_many_colleagues_work()
    {
        var browsing = Browsing();
        var state = browsing with
        {
            Counts = new ProgressCounts(20, 5, 15, true),
            Shown = browsing.Shown! with { Overlap = 2, DecisionCount = 1 },
            Colleagues = 3,
        };

        Assert.Equal(["5/20 done", "15 pending", "1 of 2 decisions", "3 colleagues working", "0 this session"], StatusText.Progress(state, Start));
        Assert.Equal(["5/20 done", "15 pending", "1 colleague working", "0 this session"],
            StatusText.Progress(state with { Shown = browsing.Shown, Colleagues = 1 }, Start));
    }

    [Fact]
    public void A_live_refresh_takes_the_status_counts_and_colleagues_and_keeps_the_text_on_screen()
    {
        var browsing = Browsing(3) with { Counts = new ProgressCounts(20, 5, 15, true) };
        var now = browsing.Shown! with { Status = Review.Core.Pairs.PairStatus.Accepted, ClaimedBy = "ben", Effective = null };

        var state = Update.Apply(browsing, new LiveRefreshed(new LiveView(new ProgressCounts(20, 9, 11, true), now, 2))).State;

        Assert.Equal((Review.Core.Pairs.PairStatus.Accepted, "ben", 2, 9L), (state.Shown!.Status, state.Shown.ClaimedBy, state.Colleagues, state.Counts.Done));
        Assert.Same(browsing.Shown.Findings, state.Shown.Findings);
        Assert.Equal(browsing.Shown.Effective, state.Shown.Effective);
    }

    [Fact]
    public void Unknown_counts_and_a_filter_are_said_plainly()
    {
        var state = ReviewState.Initial("x.jsonl", "minji", 1_000_000, Start, PairFilter.TryParse("rejected", out _));

        Assert.Equal(["…/1000000", "0 this session", "filter rejected"], StatusText.Progress(state, Start));
    }

    [Theory]
    [InlineData(SaveIndicator.None, "")]
    [InlineData(SaveIndicator.Saved, "saved")]
    [InlineData(SaveIndicator.NotSaved, "NOT SAVED, retrying")]
    public void Save_labels(SaveIndicator save, string label) => Assert.Equal(label, StatusText.SaveLabel(save));

    [Theory]
    [InlineData(80, "demo.jsonl · pair 3 of 20 · ko-0003 · pending · minji")]
    [InlineData(40, "3/20 · ko-0003 · pending · minji")]
    public void The_header_drops_the_file_name_when_narrow(int width, string header) =>
        Assert.Equal(header, StatusText.Header(Browsing(3), width));

    [Theory]
    [InlineData(true, 100, "demo.jsonl · 2 of 7 matching · pair 3 of 20 · ko-0003 · pending · minji")]
    [InlineData(false, 100, "demo.jsonl · after 2 of 7 matching · pair 3 of 20 · ko-0003 · pending · minji")]
    [InlineData(true, 50, "2 of 7 matching · 3/20 · ko-0003 · pending · minji")]
    public void Under_a_filter_the_header_gives_the_place_within_it_and_in_the_corpus(bool matches, int width, string header)
    {
        var state = Browsing(3);
        var placed = state with { Shown = state.Shown! with { Place = new FilterPlace(2, 7, matches) } };

        Assert.Equal(header, StatusText.Header(placed, width));
    }

    [Theory]
    [InlineData(59, "1m")]
    [InlineData(3_600 * 2 + 300, "2h05m")]
    [InlineData(86_400 * 3 + 3_600, "3d01h")]
    public void Durations_are_short(int seconds, string text) => Assert.Equal(text, StatusText.Duration(TimeSpan.FromSeconds(seconds)));
}
