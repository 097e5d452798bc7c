namespace Review.Bench.Diff;

/// <summary>Fewer iterations: a raw diff of unrelated 5k texts takes around half a second.</summary>
public sealed class RawDiffPlexConfig : DiffLatencyConfig
{
    public RawDiffPlexConfig()
        : base(iterations: 30)
    {
    }
}
