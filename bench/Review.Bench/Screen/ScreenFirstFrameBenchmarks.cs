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

    private readonly List<double> _flushedMs = [];
    private string _path = "";
    private ReviewStore _opened = null!;

    [Params(1_000_000)]
    public int Pairs { get; set; }

    [GlobalSetup]
    public void Build()
    {
        _path = ScreenDatabase.Ensure(Pairs);
        _opened = ReviewStore.Open(_path);
    }

    [GlobalCleanup]
    public void Close()
    {
        _opened.Dispose();
        if (_flushedMs.Count > 0)
        {
            _flushedMs.Sort();
            Console.WriteLine($"// first-frame pairs={Pairs} runs={_flushedMs.Count} open-to-flushed-frame p50={_flushedMs[_flushedMs.Count / 2]:0.0}ms max={_flushedMs[^1]:0.0}ms");
            _flushedMs.Clear();
        }
    }

    [Benchmark]
    public long OpenFirstFrameAndClaim()
    {
        var start = Stopwatch.GetTimestamp();
        using var store = ReviewStore.Open(_path, AsReviewOpen);
        var terminal = FirstFrame(store);
        _flushedMs.Add(Stopwatch.GetElapsedTime(start, terminal.FirstWriteTimestamp).TotalMilliseconds);
        return terminal.BytesWritten;
    }

    [Benchmark]
    public long OpenStoreOnly()
    {
        using var store = ReviewStore.Open(_path, AsReviewOpen);
        return store.PairCount();
    }

    [Benchmark]
    public long OpenStoreAndVerify()
    {
        using var store = ReviewStore.Open(_path);
        return store.PairCount();
    }

    [Benchmark]
    public long FirstFrameOnOpenStore() => FirstFrame(_opened).BytesWritten;

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
