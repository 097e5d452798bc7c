using Review.Cli.Screen;
using Review.Core.Pairs;
using static Review.Cli.Tests.Screen.ScreenFixtures;

namespace Review.Cli.Tests.Screen;

/// <summary>Hunk stepping through Update as plain data. The suggestion adds 가 (hunk 1) and turns 았 into 는 (hunk 2).</summary>
public sealed class HunkUpdateTests
{
    private static readonly string[] KoreanWordParts = ["가", "았", "는"];

    private const string Suggestion = "고양이가 매트 위에 앉는다.";

    private static ReviewState Press(ReviewState state, params ReviewCommand[] commands)
    {
        foreach (var command in commands)
        {
            state = Update.Apply(state, new CommandAction(command)).State;
        }
        return state;
    }

    private static ReviewState Pair() => Browsing(shown: Shown(3, suggestion: Suggestion));

    private static DecideEffect Saved(ReviewState state) =>
        Assert.IsType<DecideEffect>(Update.Apply(state, new CommandAction(ReviewCommand.Accept)).Effects[0]);

    [Fact]
    public void Next_hunk_starts_stepping_at_the_first_hunk()
    {
        var stepping = Press(Pair(), ReviewCommand.NextHunk);

        Assert.Equal((1, 2, KeyMode.Hunks), (stepping.Hunks!.Current, stepping.Hunks.Count, stepping.KeyMode));
        Assert.Equal("고양이 매트 위에 앉았다.", stepping.WorkingTarget);
    }

    [Fact]
    public void Taking_the_first_and_leaving_the_second_saves_an_edit_that_records_the_hunks()
    {
        var state = Press(Pair(), ReviewCommand.NextHunk, ReviewCommand.TakeHunk);
        Assert.Equal((2, "고양이가 매트 위에 앉았다."), (state.Hunks!.Current, state.WorkingTarget));

        var decide = Saved(Press(state, ReviewCommand.LeaveHunk));

        Assert.Equal((DecisionKind.Edit, "고양이가 매트 위에 앉았다.", "1/2"), (decide.Kind, decide.FinalTarget, decide.Hunks));
    }

    [Fact]
    public void Taking_every_hunk_is_taking_the_suggestion()
    {
        var decide = Saved(Press(Pair(), ReviewCommand.NextHunk, ReviewCommand.TakeRemainingHunks));

        Assert.Equal((DecisionKind.TakeSuggestion, Suggestion, "1,2/2"), (decide.Kind, decide.FinalTarget, decide.Hunks));
    }

    [Fact]
    public void Leaving_every_hunk_is_an_accept()
    {
        var decide = Saved(Press(Pair(), ReviewCommand.NextHunk, ReviewCommand.TakeHunk, ReviewCommand.PreviousHunk, ReviewCommand.LeaveRemainingHunks));

        Assert.Equal((DecisionKind.Accept, "고양이 매트 위에 앉았다.", "/2"), (decide.Kind, decide.FinalTarget, decide.Hunks));
    }

    [Fact]
    public void Moving_stays_within_the_hunks_and_previous_starts_at_the_last()
    {
        Assert.Equal(2, Press(Pair(), ReviewCommand.NextHunk, ReviewCommand.NextHunk, ReviewCommand.NextHunk).Hunks!.Current);
        Assert.Equal(1, Press(Pair(), ReviewCommand.NextHunk, ReviewCommand.PreviousHunk).Hunks!.Current);
        Assert.Equal(2, Press(Pair(), ReviewCommand.PreviousHunk).Hunks!.Current);
    }

    [Fact]
    public void Escape_ends_stepping_and_drops_the_taken_hunks()
    {
        var ended = Press(Pair(), ReviewCommand.NextHunk, ReviewCommand.TakeHunk, ReviewCommand.EndHunks);

        Assert.Null(ended.Hunks);
        Assert.Equal(KeyMode.Review, ended.KeyMode);
        Assert.Equal("고양이 매트 위에 앉았다.", ended.WorkingTarget);
    }

    [Fact]
    public void A_pair_without_a_different_suggestion_has_no_hunks_to_step()
    {
        var none = Press(Browsing(shown: Shown(3, suggestion: null)), ReviewCommand.NextHunk);

        Assert.Null(none.Hunks);
        Assert.Contains("no hunks", none.Message);
    }

    [Fact]
    public void Another_pair_ends_stepping()
    {
        var stepping = Press(Pair(), ReviewCommand.NextHunk, ReviewCommand.TakeHunk);

        var moved = Update.Apply(stepping, new PairShown(Shown(4, suggestion: Suggestion))).State;

        Assert.Null(moved.Hunks);
    }

    [Fact]
    public void Word_granularity_cuts_hunks_at_words()
    {
        var words = Press(Pair(), ReviewCommand.NextHunk, ReviewCommand.CycleGranularity, ReviewCommand.CycleGranularity);

        Assert.Equal(Review.Core.Text.DiffGranularity.Word, words.Granularity);
        Assert.Equal(1, words.Hunks!.Current);
        Assert.All(words.Hunks.Hunks, hunk => Assert.All(
            words.Hunks.Diff.Segments.Skip(hunk.First).Take(hunk.Last - hunk.First + 1).Where(s => s.Operation != Review.Core.Text.DiffOperation.Equal),
            segment => Assert.DoesNotContain(segment.Text.Trim(), KoreanWordParts)));
    }
}
