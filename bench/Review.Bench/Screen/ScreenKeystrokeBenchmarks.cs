using BenchmarkDotNet.Attributes;

namespace Review.Bench.Screen;

/// <summary>
/// Keystroke to flushed frame on a large database: the key goes through the keymap, Update, the
/// store (for accept: the committed decision, then the next pair's load) and a whole 120x40 frame
/// through the renderer. The claim of the new pair, which the loop takes just after the frame, runs
/// between iterations.
/// </summary>
[Config(typeof(ScreenLatencyConfig))]
public class ScreenKeystrokeBenchmarks
{
    private ScreenSession _session = null!;

    [Params(1_000_000)]
    public int Pairs { get; set; }

    [GlobalSetup]
    public void Open()
    {
        _session = new ScreenSession(Pairs);
        _session.Loop.Start(new Review.Core.Session.Navigation(Review.Core.Session.NavigationKind.Goto, 0, Review.Core.Session.PairFilter.All, (Pairs / 2).ToString()));
    }

    [GlobalCleanup]
    public void Close() => _session.Dispose();

    [IterationCleanup]
    public void Claim() => _session.AfterFrame();

    [Benchmark]
    public void NextPair() => _session.Press("j");

    [Benchmark]
    public void PreviousPair() => _session.Press("k");

    [Benchmark]
    public void AcceptAndAdvance() => _session.Press("a");
}
