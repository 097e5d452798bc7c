using Review.Cli.Screen;
using Review.Core.Session;
using Review.Storage.Sqlite;
using Review.Terminal.Drivers;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Screen;

/// <summary>The real loop, store and renderer, drawing into an InMemoryTerminal that interprets the bytes.</summary>
internal sealed class ScreenHarness : IDisposable
{
    public ScreenHarness(KoreanCorpus corpus, int width, int height, string annotator = "minji", PairFilter? filter = null, StoreOptions? options = null)
        : this(corpus.Path, width, height, annotator, filter, options)
    {
    }

    public ScreenHarness(string databasePath, int width, int height, string annotator = "minji", PairFilter? filter = null,
        StoreOptions? options = null, QueueOrder order = QueueOrder.Corpus, bool adjudicate = false)
    {
        Store = ReviewStore.Open(databasePath, options);
        Terminal = new InMemoryTerminal(width, height);
        Clock = new FixedClock(ScreenFixtures.Start);
        var services = ScreenServices.Create(Clock, _ => null);
        var state = ReviewState.Initial("corpus.jsonl", annotator, Store.PairCount(), Clock.GetUtcNow(), filter) with { Order = order, Adjudicating = adjudicate };
        Loop = new ReviewLoop(Terminal, Store, state, services);
        Loop.Start(new Navigation(NavigationKind.Resume, 0, filter ?? PairFilter.All));
    }

    public ReviewStore Store { get; }

    public InMemoryTerminal Terminal { get; }

    public FixedClock Clock { get; }

    public ReviewLoop Loop { get; }

    public string Screen => Terminal.ScreenText;

    public ScreenHarness Keys(string keys)
    {
        foreach (var grapheme in Graphemes.Split(keys))
        {
            Send(KeyEvent.Char(grapheme));
        }
        return this;
    }

    public ScreenHarness Send(params TerminalEvent[] events)
    {
        foreach (var next in events)
        {
            Loop.Step(next);
        }
        return this;
    }

    public ScreenHarness Resize(int width, int height)
    {
        Terminal.Resize(width, height);
        while (Terminal.ReadEvent(TimeSpan.Zero) is { } queued)
        {
            Send(queued);
        }
        return this;
    }

    public void Dispose() => Store.Dispose();
}
