using BenchmarkDotNet.Attributes;
using DiffPlex;

namespace Review.Bench.Diff;

/// <summary>
/// DiffPlex's own character diff on the same pairs, for comparison. The 100k cases are left out:
/// on unrelated 100k texts it runs for minutes per pair.
/// </summary>
[Config(typeof(RawDiffPlexConfig))]
public class RawDiffPlexBenchmarks
{
    private readonly Differ _differ = new();
    private DiffPairSet _pairs = null!;

    [Params(DiffPairSet.Demo, DiffPairSet.Corpus, DiffPairSet.Unrelated5K)]
    public string Case { get; set; } = DiffPairSet.Demo;

    [GlobalSetup]
    public void Load() => _pairs = DiffPairSet.Load(Case);

    [IterationSetup]
    public void NextPair() => _pairs.Advance();

    [Benchmark]
    public int RawCharacterDiff() => _differ.CreateCharacterDiffs(_pairs.Current.Old, _pairs.Current.New, false).DiffBlocks.Count;
}
