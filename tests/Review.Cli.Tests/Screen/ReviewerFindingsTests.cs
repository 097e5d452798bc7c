using Review.Cli.Screen;
using Review.Terminal.Input;
using Review.Terminal.Widgets;
using static Review.Cli.Tests.Screen.ScreenFixtures;

namespace Review.Cli.Tests.Screen;

/// <summary>What a reviewer met on a real corpus at 80x24 (issue 17), each pinned down.</summary>
public sealed class ReviewerFindingsTests
{
    [Fact]
    public void Search_matches_are_highlighted_in_both_panes_and_the_current_one_more_strongly()
    {
        var theme = Theme.Default;
        var state = Browsing() with { LastSearch = "THE", DiffOn = false };
        var korean = Browsing() with { LastSearch = "매트", DiffOn = false };

        var source = PaneText.Source(state, state.Shown!, theme);
        var target = PaneText.Target(korean, null, theme);

        Assert.Equal([("The", theme.CurrentMatch), ("the", theme.SearchMatch)],
            source.Where(s => s.Text.Equals("the", StringComparison.OrdinalIgnoreCase)).Select(s => (s.Text, s.Style)));
        Assert.Equal(theme.CurrentMatch, target.Single(s => s.Text == "매트").Style);
        Assert.NotEqual(theme.SearchMatch, theme.CurrentMatch);
    }

    [Fact]
    public void Two_quick_decisions_show_no_rate_or_eta()
    {
        var state = Browsing() with { SessionDecisions = 2 };

        var parts = StatusText.Progress(state, Start.AddMinutes(2.5));

        Assert.DoesNotContain(parts, p => p.EndsWith("/h", StringComparison.Ordinal) || p.StartsWith("ETA", StringComparison.Ordinal));
        Assert.NotNull(StatusText.PairsPerHour(state with { SessionDecisions = 10 }, Start.AddMinutes(2.5)));
    }

    [Fact]
    public void An_undone_decision_is_counted_out_of_the_session()
    {
        var state = Browsing() with { SessionDecisions = 3 };

        var undone = Update.Apply(state, new DecisionCommitted(new Review.Core.Pairs.PairId(30), Review.Core.Pairs.PairStatus.Rejected, Review.Core.Pairs.PairStatus.Pending, IsUndo: true)).State;

        Assert.Equal(2, undone.SessionDecisions);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(40)]
    public void A_very_long_id_is_cut_in_the_middle_and_the_status_and_annotator_stay(int width)
    {
        var id = "doc-" + new string('x', 10_000) + "-end42";
        var state = Browsing(shown: Shown(3) with { Pair = Pair(3) with { ExternalId = id } });

        var header = StatusText.Header(state, width);

        Assert.True(Review.Text.DisplayWidth.OfText(header) <= width, header);
        Assert.Contains("doc-x", header);
        Assert.Contains("…", header);
        Assert.Contains("-end42 · pending · minji", header);
    }

    [Fact]
    public void Middle_truncation_keeps_wide_syllables_whole()
    {
        Assert.Equal("가나…바사", StatusText.MiddleTruncate("가나다라마바사", 9));
    }

    [Theory]
    [InlineData(PromptKind.Filter)]
    [InlineData(PromptKind.Search)]
    [InlineData(PromptKind.Goto)]
    [InlineData(PromptKind.RejectReason)]
    [InlineData(PromptKind.Note)]
    public void Prompt_labels_leave_the_input_most_of_an_80_column_row(PromptKind kind)
    {
        Assert.True(PromptLabels.For(kind, 80).Length <= 16, PromptLabels.For(kind, 80));
    }

    [Fact]
    public void A_prompt_opens_empty_with_the_last_answer_one_up_away()
    {
        var searched = Update.Apply(Browsing() with { LastSearch = "다운로드" }, new CommandAction(ReviewCommand.Search)).State;
        Assert.Equal("", searched.PromptLine!.Text);

        Update.Apply(searched, new TextTyped("BOOKMARK"));
        Assert.Equal("BOOKMARK", searched.PromptLine.Text);

        var again = Update.Apply(Browsing() with { LastSearch = "다운로드" }, new CommandAction(ReviewCommand.Search)).State;
        Update.Apply(again, new PromptKeyAction(PromptCommand.HistoryBack));
        Assert.Equal("다운로드", again.PromptLine!.Text);
    }

    [Fact]
    public void A_submitted_filter_is_remembered_for_the_next_prompt()
    {
        var asking = Update.Apply(Browsing(), new CommandAction(ReviewCommand.Filter)).State;
        Update.Apply(asking, new TextTyped("rejected"));
        var filtered = Update.Apply(asking, new PromptKeyAction(PromptCommand.Submit)).State;

        var next = Update.Apply(filtered, new CommandAction(ReviewCommand.Filter)).State;

        Assert.Equal("", next.PromptLine!.Text);
        Assert.Equal(["rejected"], next.PromptLine.History);
    }
}
