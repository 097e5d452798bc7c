using Review.Cli.Screen;
using Review.Core.Encodings;
using Review.Core.Pairs;
using Review.Terminal.Buffers;

namespace Review.Cli.Tests.Screen;

/// <summary>The encoding guesses on the real sample, through the real loop, store and renderer.</summary>
public sealed class GuessScreenTests : IDisposable
{
    private static readonly PairId First = new(1);
    private readonly SampleDatabase _sample = new();

    public void Dispose() => _sample.Dispose();

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void Guessed_characters_have_their_own_style(int width, int height)
    {
        using var screen = new ScreenHarness(_sample.Path, width, height);
        var guess = Guesses(screen)[0];

        var cell = FindInTarget(screen, guess.Chosen);

        Assert.Equal(Theme.Default.Guess, screen.Terminal.StyleAt(cell.X, cell.Y));
        Assert.NotEqual(Theme.Default.Highlight, Theme.Default.Guess);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void C_marks_the_first_guess_and_says_which_it_is(int width, int height)
    {
        using var screen = new ScreenHarness(_sample.Path, width, height);
        var guesses = Guesses(screen);

        screen.Keys("c");

        var cell = FindInTarget(screen, guesses[0].Chosen);
        var style = screen.Terminal.StyleAt(cell.X, cell.Y);
        Assert.True(style.Attributes.HasFlag(Attributes.Reverse));
        Assert.Contains($"guess 1 of {guesses.Count}", screen.Screen);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void V_puts_the_alternative_in_the_target_and_accept_records_it_as_an_edit(int width, int height)
    {
        using var screen = new ScreenHarness(_sample.Path, width, height);
        var pair = screen.Store.GetPair(First)!;
        var guess = Guesses(screen)[0];
        var expected = pair.Target[..guess.Offset] + guess.Alternatives[0] + pair.Target[(guess.Offset + guess.Length)..];

        screen.Keys("cv");

        FindInTarget(screen, guess.Alternatives[0]);
        Assert.Equal(expected, screen.Loop.State.WorkingTarget);
        screen.Keys("a");
        var decision = screen.Store.EffectiveDecision(First)!;
        Assert.Equal((DecisionKind.Edit, expected), (decision.Kind, decision.FinalTarget));
        Assert.Equal(PairStatus.Edited, screen.Store.StatusOf(First));
    }

    [Fact]
    public void Stepping_to_a_guess_below_the_pane_scrolls_the_target_to_it()
    {
        using var screen = new ScreenHarness(_sample.Path, 40, 12);
        var guesses = Guesses(screen);

        for (var i = 0; i < guesses.Count; i++)
        {
            screen.Keys("c");
        }

        Assert.True(screen.Loop.State.Scroll.Target > 0, "the target pane scrolled to the last guess");
        var marked = Enumerable.Range(0, 12).SelectMany(y => Enumerable.Range(0, 40).Select(x => (x, y)))
            .Where(c => screen.Terminal.StyleAt(c.x, c.y).Attributes.HasFlag(Attributes.Reverse)
                        && screen.Terminal.GraphemeAt(c.x, c.y) == guesses[^1].Chosen);
        Assert.NotEmpty(marked);
    }

    [Fact]
    public void Moving_away_drops_a_changed_guess_and_accept_then_records_the_repair()
    {
        using var screen = new ScreenHarness(_sample.Path, 80, 24);
        var target = screen.Store.GetPair(First)!.Target;

        screen.Keys("cvjk");
        Assert.Equal(target, screen.Loop.State.WorkingTarget);
        screen.Keys("a");

        Assert.Equal((DecisionKind.Accept, target), (screen.Store.EffectiveDecision(First)!.Kind, screen.Store.EffectiveDecision(First)!.FinalTarget));
    }

    private static IReadOnlyList<RepairGuess> Guesses(ScreenHarness screen)
    {
        var guesses = screen.Loop.State.Shown!.Guesses;
        Assert.NotEmpty(guesses);
        return guesses;
    }

    /// <summary>The first cell below the target pane's title that shows <paramref name="grapheme"/>.</summary>
    private static (int X, int Y) FindInTarget(ScreenHarness screen, string grapheme)
    {
        var terminal = screen.Terminal;
        var title = terminal.Lines.ToList().FindIndex(line => line.Contains("Target · ko"));
        Assert.True(title >= 0, "the target pane is on screen:\n" + screen.Screen);
        for (var y = title + 1; y < terminal.Height; y++)
        {
            for (var x = 0; x < terminal.Width; x++)
            {
                if (terminal.GraphemeAt(x, y) == grapheme)
                {
                    return (x, y);
                }
            }
        }
        Assert.Fail($"'{grapheme}' is not in the target pane:\n{screen.Screen}");
        return default;
    }
}
