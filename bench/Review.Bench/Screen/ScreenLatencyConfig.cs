using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Mathematics.OutlierDetection;
using Review.Bench.Diff;

namespace Review.Bench.Screen;

/// <summary>
/// One keystroke (or one first frame) per measured iteration, outliers kept: p99 is the point.
/// In process, because generating and building a benchmark project times out on this machine.
/// </summary>
public class ScreenLatencyConfig : ManualConfig
{
    public ScreenLatencyConfig()
        : this(warmups: 20, iterations: 400)
    {
    }

    protected ScreenLatencyConfig(int warmups, int iterations)
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("keystroke-per-iteration"));
        AddColumn(new PercentileColumn(50), new PercentileColumn(99));
        // DiffPlex ships its package built without the optimize flag; we time our code around it.
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
