using Review.Cli.Screen;
using Review.Core.Encodings;
using Review.Core.Pairs;
using Review.Terminal.Buffers;
using static Review.Cli.Tests.Screen.ScreenFixtures;

namespace Review.Cli.Tests.Screen;

public sealed class GuessPaneTextTests
{
    private static readonly Theme Theme = Theme.Default;

    private static ReviewState Guessing(params RepairGuess[] guesses) =>
        Browsing(1, Shown(1) with { Pair = Pair(1, suggestion: null, target: "인터넷의 확산"), Guesses = guesses });

    [Fact]
    public void Sure_and_uncertain_guesses_have_distinct_styles_apart_from_finding_highlights()
    {
        var state = Guessing(new RepairGuess(0, 1, "인", ["츁"], 0.99), new RepairGuess(3, 1, "의", ["영"], 0.5));

        var spans = PaneText.Target(state, null, Theme);

        Assert.Equal(Theme.Guess, spans.Single(s => s.Text == "인").Style);
        Assert.Equal(Theme.UncertainGuess, spans.Single(s => s.Text == "의").Style);
        Assert.Equal(Theme.Body, spans.Single(s => s.Text == "터넷").Style);
        Assert.Equal(3, new[] { Theme.Guess, Theme.UncertainGuess, Theme.Highlight }.Distinct().Count());
    }

    [Fact]
    public void The_current_guess_is_marked_over_its_style_and_an_alternative_is_shown_in_its_place()
    {
        var state = Guessing(new RepairGuess(0, 1, "인", ["츁"], 0.99), new RepairGuess(3, 1, "의", ["영"], 0.5))
            with { Guess = new GuessCursor(1, [0, 1]) };

        var spans = PaneText.Target(state, null, Theme);

        var current = spans.Single(s => s.Text == "영").Style;
        Assert.Equal((Theme.UncertainGuess.Background, true), (current.Background, current.Attributes.HasFlag(Attributes.Reverse)));
        Assert.Equal("인터넷영", string.Concat(PaneText.UpToCurrentGuess(state, null, Theme)!.Select(s => s.Text)));
    }

    [Fact]
    public void An_edited_pair_shows_no_guesses()
    {
        var edited = new Decision(9, new PairId(10), DecisionKind.Edit, "다른 문장", "minji", Start, null, null);
        var guessing = Guessing(new RepairGuess(0, 1, "인", ["츁"], 0.99));
        var state = guessing with { Shown = guessing.Shown! with { Effective = edited } };

        var spans = PaneText.Target(state, null, Theme);

        Assert.Equal([("다른 문장", Theme.Body)], spans.Select(x => (x.Text, x.Style)));
    }
}
