using BenchmarkDotNet.Attributes;
using Review.Core.Checks;

namespace Review.Bench.Checks;

/// <summary>
/// Pairs per second through all thirteen checks. <see cref="Million"/> is the figure: one
/// million pair checks (a pool of 10,000 distinct pairs, cycled) spread over the cores as
/// <c>review check</c> does; <see cref="OneCore"/> is the per-pair cost an importer pays.
/// </summary>
[Config(typeof(CheckThroughputConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class CheckThroughputBenchmark
{
    private const int Pool = 10_000;
    private const int Checks = 1_000_000;

    private (string Source, string Target)[] _pairs = [];
    private CheckRunner _runner = CheckCatalog.Create();

    [GlobalSetup]
    public void Setup()
    {
        _pairs = SyntheticPairs.Create(Pool);
        _runner = CheckCatalog.Create();
    }

    [Benchmark(OperationsPerInvoke = Pool)]
    public int OneCore()
    {
        var found = 0;
        foreach (var (source, target) in _pairs)
        {
            found += _runner.Run(source, target, "en", "ko").Findings.Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Checks)]
    public int Million()
    {
        var found = 0;
        Parallel.For(0, Checks / Pool, () => 0, (_, _, local) =>
        {
            foreach (var (source, target) in _pairs)
            {
                local += _runner.Run(source, target, "en", "ko").Findings.Count;
            }

            return local;
        }, local => Interlocked.Add(ref found, local));
        return found;
    }
}
