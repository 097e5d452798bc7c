using Review.Cli.Screen;
using Review.Cli.Tests.Screen;
using Review.Core.Formats;
using Review.Core.Ports;
using Review.Core.Session;
using Review.Storage.Sqlite;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Faults;

/// <summary>A pair far bigger than a screen: the panes lay out a bounded prefix and say that the rest is not shown.</summary>
public sealed class LargePairTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_pane_of_a_huge_pair_ends_with_a_truncation_note_and_the_pair_keeps_its_whole_text()
    {
        var source = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Line {i} of a huge source.\n"));
        var db = _temp.File("huge.db");
        using (var store = ReviewStore.Open(db))
        {
            using var batch = store.BeginImport("huge.jsonl", Guid.NewGuid().ToString("N"), "jsonl", "en", "ko");
            batch.Add(new NewPair(new PairRecord(1, "huge-1", source, "짧은 번역.", null, null)));
            batch.Commit();
        }
        using var screen = new ScreenHarness(db, 100, 30);

        var spans = PaneText.Source(screen.Loop.State, screen.Loop.State.Shown!, Theme.Default);

        var last = spans[^1].Text;
        Assert.Contains("truncated", last);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source.Length - PaneBudget.MaxChars:N0} more characters are not shown"), last);
        Assert.Equal(PaneBudget.MaxChars, spans.Take(spans.Count - 1).Sum(s => s.Text.Length));
        Assert.Equal(source, screen.Store.GetPair(new Review.Core.Pairs.PairId(1))!.Source);
    }

    [Fact]
    public void A_multi_megabyte_pair_scrolled_to_the_end_of_each_pane_says_on_screen_how_much_is_not_shown()
    {
        var source = new System.Text.StringBuilder();
        var target = new System.Text.StringBuilder();
        var suggestion = new System.Text.StringBuilder();
        for (var i = 0; source.Length < 2 << 20; i++)
        {
            source.Append(System.Globalization.CultureInfo.InvariantCulture, $"Line {i}: the model improves the results of the method.\n");
            target.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i}번 줄: 모델은 방법의 결과를 개선한다.\n");
            suggestion.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i}번 줄: 모델{(i % 7 == 0 ? "이" : "은")} 방법의 결과를 개선한다.\n");
        }
        var db = _temp.File("multi-mb.db");
        using (var store = ReviewStore.Open(db))
        {
            using var batch = store.BeginImport("big.jsonl", Guid.NewGuid().ToString("N"), "jsonl", "en", "ko");
            batch.Add(new NewPair(new PairRecord(1, "big-1", source.ToString(), target.ToString(), suggestion.ToString(), null)));
            batch.Commit();
        }
        // Wide enough for the note to sit on one line of the screen.
        using var screen = new ScreenHarness(db, 200, 30);
        Assert.Contains("Line 0: the model improves the results of the method.", screen.Screen);
        Assert.DoesNotContain("truncated", screen.Screen);

        ScrollToTheEnd(screen);
        Assert.Contains(Note(target.Length), screen.Screen);
        Assert.DoesNotContain(Note(source.Length), screen.Screen);

        while (screen.Loop.State.Focus != Pane.Source)
        {
            screen.Keys("o");
        }
        ScrollToTheEnd(screen);
        Assert.Contains(Note(source.Length), screen.Screen);
        Assert.Equal(target.ToString(), screen.Store.GetPair(new Review.Core.Pairs.PairId(1))!.Target);
    }

    private static string Note(int total) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"… truncated: {total - PaneBudget.MaxChars:N0} more characters are not shown here ({total:N0} in all); the editor and exports have the whole text");

    // Page by page, as an annotator would, until the focused pane stops moving.
    private static void ScrollToTheEnd(ScreenHarness screen)
    {
        for (var page = 0; page < 1_000; page++)
        {
            var before = screen.Loop.State.Scroll;
            screen.Send(new KeyEvent(Key.PageDown));
            if (screen.Loop.State.Scroll == before)
            {
                return;
            }
        }
        Assert.Fail("the pane never reached its end");
    }
}
