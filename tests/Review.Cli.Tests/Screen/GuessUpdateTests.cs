using Review.Cli.Screen;
using Review.Core.Encodings;
using Review.Core.Pairs;
using static Review.Cli.Tests.Screen.ScreenFixtures;

namespace Review.Cli.Tests.Screen;

public sealed class GuessUpdateTests
{
    private const string Target = "인터넷의 확산";

    private static readonly RepairGuess[] Guesses =
    [
        new(0, 1, "인", ["츁", "츍"], 1.0),
        new(3, 1, "의", ["영"], 0.62),
        new(6, 1, "산", [], 0.95),
    ];

    private static ReviewState Guessing(Decision? effective = null) =>
        Browsing(1, Shown(1, effective: effective) with { Pair = Pair(1, suggestion: null, target: Target), Guesses = Guesses });

    private static ReviewState Press(ReviewState state, params ReviewCommand[] commands) =>
        commands.Aggregate(state, (current, command) => Update.Apply(current, new CommandAction(command)).State);

    [Fact]
    public void C_steps_through_the_guesses_and_wraps_saying_which_one()
    {
        var first = Press(Guessing(), ReviewCommand.NextGuess);
        var wrapped = Press(first, ReviewCommand.NextGuess, ReviewCommand.NextGuess, ReviewCommand.NextGuess);

        Assert.Equal((0, false), (first.Guess.Index, first.RevealGuess));
        Assert.Equal("guess 1 of 3: 인, 100% sure · v tries 츁 츍", first.Message);
        Assert.Equal(0, wrapped.Guess.Index);
        Assert.StartsWith("guess 2 of 3: 의, 62% sure · v tries 영", Press(first, ReviewCommand.NextGuess).Message);
    }

    [Fact]
    public void V_cycles_the_current_guess_through_its_alternatives_and_back()
    {
        var onSecond = Press(Guessing(), ReviewCommand.NextGuess, ReviewCommand.NextGuess);

        var changed = Press(onSecond, ReviewCommand.CycleGuess);
        var back = Press(changed, ReviewCommand.CycleGuess);

        Assert.Equal("인터넷영 확산", changed.WorkingTarget);
        Assert.StartsWith("guess 2 of 3: 영 instead of 의 (62% sure) · v tries 의", changed.Message);
        Assert.Equal(Target, back.WorkingTarget);
        Assert.False(back.Guess.Changed);
    }

    [Fact]
    public void V_before_c_works_on_the_first_guess_and_a_guess_without_alternatives_stays()
    {
        var first = Press(Guessing(), ReviewCommand.CycleGuess);
        var onLast = Press(Guessing(), ReviewCommand.NextGuess, ReviewCommand.NextGuess, ReviewCommand.NextGuess, ReviewCommand.CycleGuess);

        Assert.Equal("츁터넷의 확산", first.WorkingTarget);
        Assert.Equal(Target, onLast.WorkingTarget);
        Assert.Contains("no alternatives", onLast.Message);
    }

    [Fact]
    public void Accept_after_a_changed_guess_records_an_edit_with_the_text_shown()
    {
        var changed = Press(Guessing(), ReviewCommand.CycleGuess, ReviewCommand.CycleGuess);

        var result = Update.Apply(changed, new CommandAction(ReviewCommand.Accept));

        var decide = Assert.IsType<DecideEffect>(result.Effects[0]);
        Assert.Equal((DecisionKind.Edit, "츍터넷의 확산"), (decide.Kind, decide.FinalTarget));
    }

    [Fact]
    public void Accept_with_the_guesses_as_repaired_is_a_plain_accept()
    {
        var stepped = Press(Guessing(), ReviewCommand.NextGuess, ReviewCommand.CycleGuess, ReviewCommand.CycleGuess, ReviewCommand.CycleGuess);

        var decide = Assert.IsType<DecideEffect>(Update.Apply(stepped, new CommandAction(ReviewCommand.Accept)).Effects[0]);

        Assert.Equal((DecisionKind.Accept, Target), (decide.Kind, decide.FinalTarget));
    }

    [Fact]
    public void The_editor_starts_from_the_working_text()
    {
        var changed = Press(Guessing(), ReviewCommand.CycleGuess);

        var result = Update.Apply(changed, new CommandAction(ReviewCommand.Edit));

        Assert.Equal("츁터넷의 확산", result.State.Editor!.Text);
    }

    [Fact]
    public void Showing_another_pair_or_the_same_after_a_decision_drops_the_changes()
    {
        var changed = Press(Guessing(), ReviewCommand.CycleGuess);
        var claimNews = Update.Apply(changed, new PairShown(changed.Shown! with { ClaimedBy = null })).State;
        var decided = Update.Apply(changed, new PairShown(changed.Shown! with { Effective = Accepted(1) })).State;
        var other = Update.Apply(changed, new PairShown(Shown(2))).State;

        Assert.True(claimNews.Guess.Changed);
        Assert.Equal(GuessCursor.None, decided.Guess);
        Assert.Equal(GuessCursor.None, other.Guess);
    }

    [Fact]
    public void Guess_keys_say_why_when_there_is_nothing_to_step_through()
    {
        var none = Press(Browsing(1), ReviewCommand.NextGuess);
        var edited = new Decision(9, new PairId(10), DecisionKind.Edit, "다른 문장", "minji", Start, null, null);
        var afterEdit = Press(Guessing(edited), ReviewCommand.CycleGuess);

        Assert.Equal("no encoding guesses in this pair", none.Message);
        Assert.Contains("edited since", afterEdit.Message);
        Assert.Equal("다른 문장", afterEdit.WorkingTarget);
    }

    [Fact]
    public void A_guess_key_scrolls_the_target_to_the_guess_from_the_layout_alone()
    {
        var target = "인터넷의 " + string.Join(" ", Enumerable.Repeat("가나다라", 80)) + " 확산";
        RepairGuess[] guesses = [new(0, 1, "인", ["츁"], 1.0), new(target.Length - 1, 1, "산", [], 0.95)];
        var state = Browsing(1, Shown(1) with { Pair = Pair(1, suggestion: null, target: target), Guesses = guesses })
            with { Size = new ScreenSize(30, 10) };

        var last = Press(state, ReviewCommand.NextGuess, ReviewCommand.NextGuess);
        var first = Press(last, ReviewCommand.NextGuess);

        Assert.True(last.Scroll.Target > 0);
        Assert.Equal(last.Scroll.Target, ScreenGeometry.Of(last).MaxScroll.Target);
        Assert.Equal((0, false), (first.Scroll.Target, first.RevealGuess));
    }
}
