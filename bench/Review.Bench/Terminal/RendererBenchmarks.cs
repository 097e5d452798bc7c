using BenchmarkDotNet.Attributes;
using Review.Terminal.Output;

namespace Review.Bench.Terminal;

/// <summary>
/// Time to draw and flush frames, with the diff on (stepping from one pair to the next) and off
/// (the full redraw baseline). The Bytes/frame and CPU ms/frame columns are computed in the host
/// by <see cref="FrameBytesColumn"/> and <see cref="FrameCpuTimeColumn"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FrameColumnsConfig))]
public class RendererBenchmarks
{
    private readonly ReviewLikeScreen _screen = new();
    private Renderer _reviewScreen = null!;
    private Renderer _dense = null!;
    private int _frame;

    [Params(true, false)]
    public bool Diff { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reviewScreen = new Renderer(new CountingTerminal(120, 40), new RendererOptions(Diff: Diff));
        _dense = new Renderer(new CountingTerminal(200, 60), new RendererOptions(Diff: Diff));
        _reviewScreen.Draw(frame => _screen.Draw(frame, 0));
        _dense.Draw(frame => _screen.DrawDense(frame, 0));
    }

    /// <summary>120x40 review-like screen, next pair each call.</summary>
    [Benchmark]
    public int NextPair120x40() => _reviewScreen.Draw(frame => _screen.Draw(frame, ++_frame % 100));

    /// <summary>200x60 frame full of mixed Korean and English text, alternating between two texts.</summary>
    [Benchmark]
    public int DenseMixed200x60() => _dense.Draw(frame => _screen.DrawDense(frame, ++_frame % 2));
}
