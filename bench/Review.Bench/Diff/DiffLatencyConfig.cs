using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace Review.Bench.Diff;

/// <summary>
/// One pair per measured iteration, outliers kept: the tail is what a keystroke feels, so removing
/// it would flatter p99.
/// </summary>
public class DiffLatencyConfig : ManualConfig
{
    public DiffLatencyConfig()
        : this(iterations: 200)
    {
    }

    protected DiffLatencyConfig(int iterations)
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithId("pair-per-iteration"));
        AddColumn(new PercentileColumn(50), new PercentileColumn(99));

        // DiffPlex 1.4.4 ships as a Debug build; we measure the package we actually ship.
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
