using Review.Cli.Screen;
using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Screen;

/// <summary><c>review open --order findings</c>: errors first, then warnings, then the rest, corpus order within each.</summary>
public sealed class QueueOrderTests : IDisposable
{
    // Ten pairs; the corpus gives ko-0001 (pairs 1 and 6) a citation error; warnings go on 3 and 8.
    private static readonly long[] FindingsOrder = [1, 6, 3, 8, 2, 4, 5, 7, 9, 10];
    private readonly KoreanCorpus _corpus = new(copies: 2);
    private readonly ReviewStore _store;

    public QueueOrderTests()
    {
        _store = _corpus.Open();
        foreach (var ord in new[] { 3L, 8L })
        {
            _store.ReplaceFindings(new PairId(ord), [new Finding("length", Severity.Warning, "short", [], [])]);
        }
    }

    public void Dispose()
    {
        _store.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public void Next_walks_errors_then_warnings_then_the_rest()
    {
        var navigator = Session(QueueOrder.Findings);

        Assert.Equal(FindingsOrder, Walk(navigator, NavigationKind.Next, 0));
    }

    [Fact]
    public void Previous_walks_the_same_order_backwards()
    {
        var navigator = Session(QueueOrder.Findings);

        Assert.Equal(FindingsOrder.Reverse().Skip(1), Walk(navigator, NavigationKind.Previous, 10));
    }

    [Fact]
    public void Corpus_order_is_unchanged()
    {
        var navigator = Session(QueueOrder.Corpus);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), Walk(navigator, NavigationKind.Next, 0));
    }

    [Fact]
    public void Tab_follows_the_findings_order_past_decided_pairs_and_wraps()
    {
        var navigator = Session(QueueOrder.Findings);
        _store.Decide(new PairId(6), DecisionKind.Accept, _store.GetPair(new PairId(6))!.Target, "minji");
        _store.Decide(new PairId(2), DecisionKind.Skip, null, "minji");

        Assert.Equal(3L, Go(navigator, NavigationKind.NextPending, 1));
        Assert.Equal(4L, Go(navigator, NavigationKind.NextPending, 8));
        Assert.Equal(1L, Go(navigator, NavigationKind.NextPending, 10));
    }

    [Fact]
    public void A_pair_whose_findings_changed_after_it_was_shown_goes_on_from_its_old_place()
    {
        var navigator = Session(QueueOrder.Findings);
        Assert.Equal(1L, Go(navigator, NavigationKind.NextPending, 0));

        _store.ReplaceFindings(new PairId(1), []);

        Assert.Equal(6L, Go(navigator, NavigationKind.AfterDecision, 1));
    }

    [Fact]
    public void The_screen_opened_in_findings_order_steps_to_the_next_error()
    {
        _store.Dispose();
        using var screen = new ScreenHarness(_corpus.Path, 80, 24, order: QueueOrder.Findings);

        screen.Keys("a");

        Assert.Equal(6L, screen.Loop.State.CurrentOrd);
        Assert.Equal(PairStatus.Accepted, screen.Store.StatusOf(new PairId(1)));
        Assert.Contains("errors first", screen.Screen);
    }

    private ReviewSession Session(QueueOrder order) => new(_store, "minji", TimeSpan.FromMinutes(1), TimeProvider.System, order);

    private static long? Go(ReviewSession navigator, NavigationKind kind, long from) =>
        navigator.Navigate(new Navigation(kind, from, PairFilter.All)).Pair?.Pair.Ord;

    private static List<long> Walk(ReviewSession navigator, NavigationKind kind, long from)
    {
        var ords = new List<long>();
        for (var ord = from; Go(navigator, kind, ord) is { } next; ord = next)
        {
            ords.Add(next);
        }
        return ords;
    }
}
