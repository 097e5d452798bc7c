using Review.Cli.Screen;
using Review.Storage.Sqlite;
using Review.Terminal.Input;
using Review.Terminal.Output;

namespace Review.Bench.Screen;

/// <summary>
/// The real loop, store and renderer on the cached database, drawing into a <see cref="DiscardingTerminal"/>.
/// Decisions made by one run stay in the database; they change no cost the benchmarks measure.
/// </summary>
public sealed class ScreenSession : IDisposable
{
    public ScreenSession(int pairs, int width = 120, int height = 40, bool rendererDiff = true)
    {
        Store = ReviewStore.Open(ScreenDatabase.Ensure(pairs));
        Terminal = new DiscardingTerminal(width, height);
        var services = ScreenServices.Create(environment: _ => null) with { Rendering = new RendererOptions(Diff: rendererDiff) };
        var state = ReviewState.Initial("synthetic.jsonl", "bench", Store.PairCount(), DateTimeOffset.UtcNow);
        Loop = new ReviewLoop(Terminal, Store, state, services);
    }

    public ReviewStore Store { get; }

    public DiscardingTerminal Terminal { get; }

    public ReviewLoop Loop { get; }

    /// <summary>A key up to its flushed frame (what the annotator waits for).</summary>
    public void Press(string key)
    {
        Loop.Handle(KeyEvent.Char(key));
        Loop.Draw();
    }

    /// <summary>What the loop does right after the frame: claim the pair now on screen.</summary>
    public void AfterFrame() => Loop.ClaimShownPair();

    public void Dispose() => Store.Dispose();
}
