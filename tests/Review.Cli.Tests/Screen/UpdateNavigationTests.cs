using Review.Cli.Screen;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Core.Text;
using static Review.Cli.Tests.Screen.ScreenFixtures;

namespace Review.Cli.Tests.Screen;

/// <summary>Moving, finding, scrolling, toggles, help and quitting through Update as plain data.</summary>
public sealed class UpdateNavigationTests
{
    private static UpdateResult Press(ReviewState state, ReviewCommand command) => Update.Apply(state, new CommandAction(command));

    [Theory]
    [InlineData(ReviewCommand.NextPair, NavigationKind.Next)]
    [InlineData(ReviewCommand.PreviousPair, NavigationKind.Previous)]
    [InlineData(ReviewCommand.NextPending, NavigationKind.NextPending)]
    public void Moves_navigate_from_the_pair_on_screen(ReviewCommand command, NavigationKind kind)
    {
        Assert.Equal([new NavigateEffect(new Navigation(kind, 3, PairFilter.All))], Press(Browsing(3), command).Effects);
    }

    [Fact]
    public void Search_remembers_the_needle_and_n_repeats_it_both_ways()
    {
        var prompt = Press(Browsing(3), ReviewCommand.Search).State;
        var searched = Update.Apply(prompt, new InputSubmitted("매트"));

        var back = Press(searched.State, ReviewCommand.SearchPrevious);

        Assert.Equal(new NavigateEffect(new Navigation(NavigationKind.Search, 3, PairFilter.All, "매트", true)), searched.Effects[0]);
        Assert.Equal(new NavigateEffect(new Navigation(NavigationKind.Search, 3, PairFilter.All, "매트", false)), back.Effects[0]);
    }

    [Fact]
    public void Repeating_a_search_before_any_search_only_explains()
    {
        var result = Press(Browsing(), ReviewCommand.SearchNext);

        Assert.Empty(result.Effects);
        Assert.NotNull(result.State.Message);
    }

    [Fact]
    public void Goto_takes_a_number_or_an_id()
    {
        var prompt = Press(Browsing(3), ReviewCommand.Goto).State;

        var result = Update.Apply(prompt, new InputSubmitted(" ko-0017 "));

        Assert.Equal([new NavigateEffect(new Navigation(NavigationKind.Goto, 3, PairFilter.All, "ko-0017"))], result.Effects);
    }

    [Fact]
    public void Filter_applies_and_goes_to_the_first_match()
    {
        var prompt = Press(Browsing(3), ReviewCommand.Filter).State;

        var result = Update.Apply(prompt, new InputSubmitted("rejected, check:number"));

        var navigate = Assert.IsType<NavigateEffect>(Assert.Single(result.Effects));
        Assert.Equal(NavigationKind.FirstMatch, navigate.To.Kind);
        Assert.Equal([PairStatus.Rejected], navigate.To.Filter.Statuses);
        Assert.Equal(["number"], navigate.To.Filter.Checks);
    }

    [Fact]
    public void A_bad_filter_is_explained_and_the_old_one_kept()
    {
        var prompt = Press(Browsing(3), ReviewCommand.Filter).State;

        var result = Update.Apply(prompt, new InputSubmitted("approved"));

        Assert.Empty(result.Effects);
        Assert.True(result.State.Filter.IsAll);
        Assert.Contains("approved", result.State.Message);
    }

    [Fact]
    public void A_note_on_a_pending_pair_waits_for_the_decision()
    {
        var noting = Press(Browsing(), ReviewCommand.Note).State;
        var noted = Update.Apply(noting, new InputSubmitted("check term")).State;

        var decide = Assert.IsType<DecideEffect>(Press(noted, ReviewCommand.Accept).Effects[0]);

        Assert.Equal("check term", decide.Note);
    }

    [Fact]
    public void A_note_on_a_decided_pair_re_records_its_decision()
    {
        var state = Browsing(shown: Shown(3, PairStatus.Accepted, Accepted(3, id: 9)));
        var noting = Press(state, ReviewCommand.Note).State;

        var result = Update.Apply(noting, new InputSubmitted("ok"));

        Assert.Equal(new DecideEffect(new PairId(30), DecisionKind.Accept, "고양이 매트 위에 앉았다.", "ok", 9), result.Effects[0]);
        Assert.Equal(NavigationKind.Reload, Assert.IsType<NavigateEffect>(result.Effects[1]).To.Kind);
    }

    [Fact]
    public void Scrolling_clamps_to_what_the_layout_measured()
    {
        var target = string.Join(" ", Enumerable.Repeat("고양이가 매트 위에 앉았다.", 30));
        var measured = Update.Apply(Browsing(shown: Shown(3) with { Pair = Pair(3, target: target) }), new Resized(30, 10)).State;
        var max = ScreenGeometry.Of(measured).MaxScroll.Target;

        var down = Enumerable.Range(0, 40).Aggregate(measured, (state, _) => Press(state, ReviewCommand.PageDown).State);
        var up = Press(down, ReviewCommand.ScrollUp).State;

        Assert.True(max > 0);
        Assert.Equal((max, max - 1), (down.Scroll.Target, up.Scroll.Target));
    }

    [Fact]
    public void A_new_pair_resets_scrolling()
    {
        var scrolled = Browsing() with { Scroll = new PaneOffsets(1, 2, 0, 0) };

        var next = Update.Apply(scrolled, new PairShown(Shown(4))).State;

        Assert.Equal(PaneOffsets.Zero, next.Scroll);
    }

    [Fact]
    public void Focus_cycles_through_visible_panes_only()
    {
        var state = Browsing(shown: Shown(3, findings: [NumberFinding()]));

        var first = Press(state, ReviewCommand.FocusNextPane).State;
        var second = Press(first, ReviewCommand.FocusNextPane).State;

        Assert.Equal((Pane.Findings, Pane.Source), (first.Focus, second.Focus));
    }

    [Fact]
    public void Toggles_flip_diff_cycle_granularity_and_show_the_suggestion_pane()
    {
        var state = Browsing();

        var toggled = Press(Press(Press(state, ReviewCommand.ToggleDiff).State, ReviewCommand.CycleGranularity).State, ReviewCommand.ToggleSuggestionPane).State;

        Assert.Equal((false, DiffGranularity.Character, true), (toggled.DiffOn, toggled.Granularity, toggled.SuggestionPane));
        Assert.Contains(Pane.Suggestion, toggled.VisiblePanes());
    }

    [Fact]
    public void Help_opens_and_any_key_closes_it_without_acting()
    {
        var help = Press(Browsing(), ReviewCommand.Help).State;

        var closed = Press(help, ReviewCommand.Accept);

        Assert.Equal(ScreenMode.Help, help.Mode);
        Assert.Equal(ScreenMode.Browse, closed.State.Mode);
        Assert.Empty(closed.Effects);
    }

    [Fact]
    public void Quit_ends_the_loop()
    {
        var result = Press(Browsing(), ReviewCommand.Quit);

        Assert.True(result.State.Quitting);
        Assert.Equal([new QuitEffect()], result.Effects);
    }

    [Fact]
    public void An_external_edit_that_changed_the_text_is_an_edit_decision()
    {
        var result = Update.Apply(Browsing(), new ExternalEditFinished("고양이가 앉았다.\n", null));

        var decide = Assert.IsType<DecideEffect>(result.Effects[0]);
        Assert.Equal((DecisionKind.Edit, "고양이가 앉았다."), (decide.Kind, decide.FinalTarget));
    }

    [Fact]
    public void An_unchanged_external_edit_saves_nothing()
    {
        var result = Update.Apply(Browsing(), new ExternalEditFinished("고양이 매트 위에 앉았다.\n", null));

        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Without_a_pair_decisions_only_explain()
    {
        var empty = ReviewState.Initial("empty.jsonl", "minji", 0, Start);

        var result = Press(empty, ReviewCommand.Accept);

        Assert.Empty(result.Effects);
        Assert.NotNull(result.State.Message);
    }
}
