using BenchmarkDotNet.Configs;

namespace Review.Bench.Checks;

/// <summary>The default job, with the optimisations validator off: DiffPlex 1.4.4, which Review.Core
/// references, ships as a Debug build and would stop the run, though no check calls it.</summary>
public class CheckThroughputConfig : ManualConfig
{
    public CheckThroughputConfig() => WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
