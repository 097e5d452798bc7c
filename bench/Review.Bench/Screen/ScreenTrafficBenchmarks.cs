using BenchmarkDotNet.Attributes;
using Review.Cli.Screen;
using Review.Core.Session;

namespace Review.Bench.Screen;

/// <summary>
/// Browsing pair after pair: the time per "next pair", and, printed at cleanup, the bytes each
/// frame sent against a full redraw of the same frames (the renderer's diff turned off) and the
/// process's memory after browsing, for a small and a large database.
/// </summary>
[Config(typeof(ScreenLatencyConfig))]
public class ScreenTrafficBenchmarks
{
    private ScreenSession _session = null!;
    private long _bytesBefore;
    private int _frames;

    [Params(10_000, 1_000_000)]
    public int Pairs { get; set; }

    [GlobalSetup]
    public void Open()
    {
        _session = new ScreenSession(Pairs);
        _session.Loop.Start(new Navigation(NavigationKind.Goto, 0, PairFilter.All, "1"));
        _bytesBefore = _session.Terminal.BytesWritten;
    }

    [IterationCleanup]
    public void Claim() => _session.AfterFrame();

    [Benchmark]
    public void BrowseNext()
    {
        _session.Press("j");
        _frames++;
    }

    [GlobalCleanup]
    public void Report()
    {
        var diffBytes = (double)(_session.Terminal.BytesWritten - _bytesBefore) / Math.Max(1, _frames);
        var fullBytes = FullRedrawBytesPerFrame(Math.Min(_frames, 200));
        var memory = System.Diagnostics.Process.GetCurrentProcess();
        Console.WriteLine($"// screen-traffic pairs={Pairs} frames={_frames} bytes/next={diffBytes:0} full-redraw={fullBytes:0} ratio={diffBytes / fullBytes:P1} " +
            $"managed-heap={GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0.0}MB working-set={memory.WorkingSet64 / 1048576.0:0.0}MB peak={memory.PeakWorkingSet64 / 1048576.0:0.0}MB");
        _session.Dispose();
    }

    private double FullRedrawBytesPerFrame(int steps)
    {
        using var full = new ScreenSession(Pairs, rendererDiff: false);
        full.Loop.Start(new Navigation(NavigationKind.Goto, 0, PairFilter.All, "1"));
        var before = full.Terminal.BytesWritten;
        for (var i = 0; i < steps; i++)
        {
            full.Press("j");
        }
        return (double)(full.Terminal.BytesWritten - before) / Math.Max(1, steps);
    }
}
