using Review.Cli.Screen;
using Review.Core.Pairs;
using Review.Terminal.Buffers;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Screen;

public sealed class ReviewScreenTests : IDisposable
{
    private readonly KoreanCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void First_pair_with_diff_and_findings(int width, int height)
    {
        using var screen = new ScreenHarness(_corpus, width, height);

        ScreenSnapshot.Match($"first-pair-{width}x{height}", screen.Screen);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void After_accepting_the_status_line_says_saved(int width, int height)
    {
        using var screen = new ScreenHarness(_corpus, width, height);

        screen.Keys("a");

        ScreenSnapshot.Match($"after-accept-{width}x{height}", screen.Screen);
        Assert.Equal(PairStatus.Accepted, screen.Store.StatusOf(new PairId(1)));
    }

    [Fact]
    public void Suggestion_pane_sits_beside_the_target_when_wide()
    {
        using var screen = new ScreenHarness(_corpus, 120, 24);

        screen.Keys("p");

        ScreenSnapshot.Match("suggestion-pane-120x24", screen.Screen);
    }

    [Fact]
    public void Suggestion_pane_stacks_under_the_target_when_narrow()
    {
        using var screen = new ScreenHarness(_corpus, 40, 12);

        screen.Keys("p");

        ScreenSnapshot.Match("suggestion-pane-40x12", screen.Screen);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void Help_lists_the_keymap(int width, int height)
    {
        using var screen = new ScreenHarness(_corpus, width, height);

        screen.Keys("?");

        ScreenSnapshot.Match($"help-{width}x{height}", screen.Screen);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void Hunk_stepping_numbers_the_hunks_and_shows_the_text_as_saved(int width, int height)
    {
        using var screen = new ScreenHarness(_corpus, width, height);

        screen.Keys("jj]y");

        Assert.Contains("[1]", screen.Screen);
        ScreenSnapshot.Match($"hunks-{width}x{height}", screen.Screen);
    }

    [Fact]
    public void Help_scrolls_down_to_the_editor_prompt_and_anywhere_keys()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);
        screen.Keys("?");
        var seen = new System.Text.StringBuilder(screen.Screen);

        for (var page = 0; page < 12; page++)
        {
            seen.Append(screen.Send(new KeyEvent(Key.PageDown)).Screen);
        }

        foreach (var expected in new[] { "Hunk stepping", "take this hunk", "Editor", "Ctrl+S/Enter", "Prompts", "earlier answer", "Anywhere", "Ctrl+C" })
        {
            Assert.Contains(expected, seen.ToString());
        }
    }

    [Theory]
    [InlineData(Key.Escape)]
    [InlineData(Key.Enter)]
    public void An_unbound_key_closes_the_help_without_acting(Key key)
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        screen.Keys("?").Send(new KeyEvent(key));

        Assert.DoesNotContain("Keys ·", screen.Screen);
        Assert.Contains("pair 1 of 5", screen.Screen);
        Assert.Equal(PairStatus.Pending, screen.Store.StatusOf(new PairId(1)));
    }

    [Fact]
    public void Editing_in_korean_saves_an_edit()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        screen.Keys("e").Send(new KeyEvent(Key.End)).Keys(" 확인").Send(KeyEvent.Char("s", Modifiers.Ctrl));

        var decision = screen.Store.EffectiveDecision(new PairId(1));
        Assert.Equal((DecisionKind.Edit, "모델은 30억 개의 토큰으로 학습되었다. 확인"), (decision!.Kind, decision.FinalTarget));
        Assert.Contains("pair 2 of 5", screen.Screen);
    }

    [Fact]
    public void Editing_shows_the_korean_text_and_the_cursor_after_it()
    {
        using var screen = new ScreenHarness(_corpus, 40, 12);

        screen.Keys("e").Send(new PasteEvent("\u001b[31m한글"));

        ScreenSnapshot.Match("editing-40x12", screen.Screen);
        Assert.DoesNotContain(screen.Terminal.UnrecognizedSequences, s => s.Contains("31m"));
    }

    [Fact]
    public void Ctrl_C_quits_even_from_the_editor_and_saves_nothing_unsaved()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        screen.Keys("e").Keys("추가").Send(KeyEvent.Char("c", Modifiers.Ctrl));

        Assert.True(screen.Loop.State.Quitting);
        Assert.Equal(PairStatus.Pending, screen.Store.StatusOf(new PairId(1)));
    }

    [Fact]
    public void Reject_prompt_takes_a_reason()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        screen.Keys("x").Keys("정렬 오류").Send(new KeyEvent(Key.Enter));

        var decision = screen.Store.EffectiveDecision(new PairId(1));
        Assert.Equal((DecisionKind.Reject, "정렬 오류"), (decision!.Kind, decision.Note));
    }

    [Fact]
    public void Removed_text_is_struck_through_and_added_text_underlined()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        var styles = StylesOnRowContaining(screen, "학습되었다");

        Assert.Contains(styles, s => s.Has(Attributes.Underline) && s.Foreground == Color.BrightGreen);
    }

    [Fact]
    public void Diff_toggles_off_and_granularity_cycles()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        screen.Keys("w");
        Assert.Contains("vs suggestion (chars)", screen.Screen);

        screen.Keys("d");
        Assert.Contains("Target · ko · diff off", screen.Screen);
        Assert.Contains("모델은 30억 개의 토큰으로 학습되었다.", screen.Screen);
        Assert.DoesNotContain(StylesOnRowContaining(screen, "학습되었다"), s => s.Has(Attributes.Underline));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 3)]
    [InlineData(20, 5)]
    [InlineData(200, 60)]
    public void Any_size_draws_without_failing_and_keeps_working(int width, int height)
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        screen.Resize(width, height).Keys("p??").Keys("x").Keys("a").Send(new KeyEvent(Key.Enter)).Keys("e").Send(new KeyEvent(Key.Escape));

        Assert.Equal(PairStatus.Rejected, screen.Store.StatusOf(new PairId(1)));
        Assert.Equal(height, screen.Terminal.Lines.Count);
    }

    [Fact]
    public void Resize_lays_the_screen_out_again()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        screen.Resize(40, 12);

        ScreenSnapshot.Match("first-pair-40x12", screen.Screen);
    }

    [Fact]
    public void Undo_goes_back_to_the_pair_and_shows_it_pending()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        screen.Keys("a").Keys("u");

        Assert.Contains("pair 1 of 5", screen.Screen);
        Assert.Contains("· pending ·", screen.Screen);
        Assert.Equal(PairStatus.Pending, screen.Store.StatusOf(new PairId(1)));
    }

    [Fact]
    public void Search_goto_and_filter_move_between_pairs()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);

        screen.Keys("/GPU").Send(new KeyEvent(Key.Enter));
        Assert.Contains("pair 4 of 5", screen.Screen);

        screen.Keys("g2").Send(new KeyEvent(Key.Enter));
        Assert.Contains("pair 2 of 5", screen.Screen);

        screen.Keys("a").Keys("fedited,accepted").Send(new KeyEvent(Key.Enter));
        Assert.Contains("pair 2 of 5", screen.Screen);
        Assert.Contains("filter edited,accepted", screen.Screen);
    }

    [Fact]
    public void Resume_starts_where_the_annotator_left_off()
    {
        using (var first = new ScreenHarness(_corpus, 80, 24))
        {
            first.Keys("jjj");
            first.Loop.Finish();
        }

        using var second = new ScreenHarness(_corpus, 80, 24);

        Assert.Contains("pair 4 of 5", second.Screen);
    }

    [Fact]
    public void A_pair_claimed_by_another_annotator_is_shown_as_a_conflict()
    {
        using var other = new ScreenHarness(_corpus, 80, 24, annotator: "jisoo");
        using var screen = new ScreenHarness(_corpus, 80, 24, annotator: "minji");

        screen.Keys("kg1").Send(new KeyEvent(Key.Enter)).Keys("a");

        Assert.Contains("jisoo", screen.Screen);
        Assert.Equal(PairStatus.Pending, screen.Store.StatusOf(new PairId(1)));
    }

    private static List<Style> StylesOnRowContaining(ScreenHarness screen, string text)
    {
        var lines = screen.Terminal.Lines;
        var row = lines.ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));
        return Enumerable.Range(0, screen.Terminal.Width).Select(x => screen.Terminal.StyleAt(x, row)).ToList();
    }
}
