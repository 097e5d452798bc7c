using Review.Cli.Screen;
using Review.Cli.Tests.Screen;
using Review.Core.Formats;
using Review.Core.Ports;
using Review.Core.Session;
using Review.Storage.Sqlite;

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
}
