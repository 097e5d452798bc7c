using BenchmarkDotNet.Attributes;
using Review.Core.Text;

namespace Review.Bench.Diff;

/// <summary>Our diff (sentences, then script-aware tokens within the budget), one pair per iteration.</summary>
[Config(typeof(DiffLatencyConfig))]
public class DiffPipelineBenchmarks
{
    private readonly TextDiff _diff = new();
    private DiffPairSet _pairs = null!;

    [Params(DiffPairSet.Demo, DiffPairSet.Corpus, DiffPairSet.Unrelated5K, DiffPairSet.Unrelated100K, DiffPairSet.Edited100K)]
    public string Case { get; set; } = DiffPairSet.Demo;

    [GlobalSetup]
    public void Load() => _pairs = DiffPairSet.Load(Case);

    [IterationSetup]
    public void NextPair() => _pairs.Advance();

    [Benchmark]
    public int Pipeline() => _diff.Compute(_pairs.Current.Old, _pairs.Current.New).Segments.Count;
}
