using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Review.Cli.Screen;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Bench.Screen;

/// <summary>
/// Time to first frame: open the database as `review open` does (quick_check in the background),
/// resume at the annotator's position (or the first pending pair) and flush a whole 120x40 frame.
/// The claim that follows the frame is the first write, so it waits for quick_check: the
/// benchmark's own time includes that wait, and the time from the start to the flushed frame is
/// printed at cleanup. Opening is timed on its own too, with the check in the background and
/// with the check before Open returns (what every other command does).
/// </summary>
[Config(typeof(ScreenFirstFrameConfig))]
public class ScreenFirstFrameBenchmarks
{
    private static readonly StoreOptions AsReviewOpen = StoreOptions.Default with { VerifyInBackground = true };

    private readonly List<double> flushedMs = [];
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
    public void Close()
    {
        opened.Dispose();
        if (flushedMs.Count > 0)
        {
            flushedMs.Sort();
            Console.WriteLine($"// first-frame pairs={Pairs} runs={flushedMs.Count} open-to-flushed-frame p50={flushedMs[flushedMs.Count / 2]:0.0}ms max={flushedMs[^1]:0.0}ms");
            flushedMs.Clear();
        }
    }

    [Benchmark]
    public long OpenFirstFrameAndClaim()
    {
        var start = Stopwatch.GetTimestamp();
        using var store = ReviewStore.Open(path, AsReviewOpen);
        var terminal = FirstFrame(store);
        flushedMs.Add(Stopwatch.GetElapsedTime(start, terminal.FirstWriteTimestamp).TotalMilliseconds);
        return terminal.BytesWritten;
    }

    [Benchmark]
    public long OpenStoreOnly()
    {
        using var store = ReviewStore.Open(path, AsReviewOpen);
        return store.PairCount();
    }

    [Benchmark]
    public long OpenStoreAndVerify()
    {
        using var store = ReviewStore.Open(path);
        return store.PairCount();
    }

    [Benchmark]
    public long FirstFrameOnOpenStore() => FirstFrame(opened).BytesWritten;

    private static DiscardingTerminal FirstFrame(ReviewStore store)
    {
        var terminal = new DiscardingTerminal(120, 40);
        var services = ScreenServices.Create(environment: _ => null);
        var state = ReviewState.Initial("synthetic.jsonl", "first-frame", store.PairCount(), DateTimeOffset.UtcNow);
        var loop = new ReviewLoop(terminal, store, state, services);
        loop.ShowFirstFrame(new Navigation(NavigationKind.Resume, 0, PairFilter.All));
        return terminal;
    }
}
