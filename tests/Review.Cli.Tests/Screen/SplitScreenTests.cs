using Review.Cli.Screen;
using Review.Core.Pairs;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Screen;

/// <summary>S with a cut moved inside a sentence, through the real loop, store and renderer: the panes mark what moves, Enter splits there, u puts both pairs back.</summary>
public sealed class SplitScreenTests : IDisposable
{
    private static readonly KeyEvent Backspace = new(Key.Backspace);
    private static readonly KeyEvent Enter = new(Key.Enter);
    private readonly KoreanCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void A_cut_moved_by_words_marks_what_moves_splits_there_and_u_restores_both_pairs(int width, int height)
    {
        using var screen = new ScreenHarness(_corpus, width, height);
        var before = Texts(screen);
        screen.Keys("jS");
        Assert.Equal("1 1", screen.Loop.State.PromptLine!.Text);

        screen.Send(Backspace, Backspace, Backspace).Keys("0+3 0+1");

        Assert.Equal(Theme.Default.SplitMoves, StyleOf(screen, "code and"));
        Assert.NotEqual(Theme.Default.SplitMoves, StyleOf(screen, "release"));
        Assert.Equal(Theme.Default.SplitMoves, screen.Terminal.StyleAt(FindInTarget(screen, "코").X, FindInTarget(screen, "코").Y));
        Assert.NotEqual(Theme.Default.SplitMoves, screen.Terminal.StyleAt(FindInTarget(screen, "우").X, FindInTarget(screen, "우").Y));

        screen.Send(Enter);

        Assert.Contains("split of #2 into #2 and #3: saved", screen.Screen);
        Assert.Equal(("We release the", "우리는"), (screen.Store.FindByOrd(2)!.Source, screen.Store.FindByOrd(2)!.Target));
        Assert.Equal(("code and the data. Results improve by 4.5% on average.", "코드와 데이터를 공개한다. 결과는 평균적으로 개선된다."),
            (screen.Store.FindByOrd(3)!.Source, screen.Store.FindByOrd(3)!.Target));
        Assert.Equal(DecisionKind.Realign, screen.Store.History(screen.Store.FindByOrd(3)!.Id).Single().Kind);

        screen.Keys("u");

        Assert.Equal(before, Texts(screen));
        Assert.Equal([DecisionKind.Realign, DecisionKind.Undo], screen.Store.History(screen.Store.FindByOrd(2)!.Id).Select(d => d.Kind));
    }

    [Fact]
    public void An_answer_that_does_not_read_marks_nothing_and_splits_nothing()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24);
        var before = Texts(screen);
        screen.Keys("jS").Send(Backspace, Backspace, Backspace).Keys("0+30 1");

        Assert.NotEqual(Theme.Default.SplitMoves, StyleOf(screen, "code and"));
        screen.Send(Enter);

        Assert.Contains("not split: give two sentence counts", screen.Screen);
        Assert.Equal(before, Texts(screen));
    }

    private static (AlignedTexts, AlignedTexts) Texts(ScreenHarness screen) =>
        (AlignedTexts.Of(screen.Store.FindByOrd(2)!), AlignedTexts.Of(screen.Store.FindByOrd(3)!));

    /// <summary>The style of the first cell of <paramref name="text"/> (ASCII, in the source pane).</summary>
    private static Review.Terminal.Buffers.Style StyleOf(ScreenHarness screen, string text)
    {
        var lines = screen.Terminal.Lines;
        for (var y = 0; y < lines.Count; y++)
        {
            if (lines[y].IndexOf(text, StringComparison.Ordinal) is var x and >= 0)
            {
                return screen.Terminal.StyleAt(x, y);
            }
        }
        Assert.Fail($"'{text}' is not on screen:\n{screen.Screen}");
        return default;
    }

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
