using BenchmarkDotNet.Attributes;
using Review.Cli.Screen;
using Review.Core.Storage;

namespace Review.Bench.Screen;

/// <summary>
/// Time to first frame: open the database, resume at the annotator's position (or the first
/// pending pair), claim it and flush a whole 120x40 frame. The progress counts come after the
/// first frame, as in `review open`, so they are not part of it. Opening is timed on its own too:
/// the store runs quick_check on open, which reads the whole file.
/// </summary>
[Config(typeof(ScreenFirstFrameConfig))]
public class ScreenFirstFrameBenchmarks
{
    private string path = "";
    private ReviewStore opened = null!;

    [Params(1_000_000)]
    public int Pairs { get; set; }

    [GlobalSetup]
    public void Build()
    {
        path = ScreenDatabase.Ensure(Pairs);
        opened = ReviewStore.Open(path);
    }

    [GlobalCleanup]
    public void Close() => opened.Dispose();

    [Benchmark]
    public long OpenAndFirstFrame()
    {
        using var store = ReviewStore.Open(path);
        return FirstFrame(store);
    }

    [Benchmark]
    public long OpenStoreOnly()
    {
        using var store = ReviewStore.Open(path);
        return store.PairCount();
    }

    [Benchmark]
    public long FirstFrameOnOpenStore() => FirstFrame(opened);

    private static long FirstFrame(ReviewStore store)
    {
        var terminal = new DiscardingTerminal(120, 40);
        var services = ScreenServices.Create(environment: _ => null);
        var state = ReviewState.Initial("synthetic.jsonl", "first-frame", store.PairCount(), DateTimeOffset.UtcNow);
        var loop = new ReviewLoop(terminal, store, state, services);
        loop.ShowFirstFrame(new Navigation(NavigationKind.Resume, 0, PairFilter.All));
        return terminal.BytesWritten;
    }
}
