using BenchmarkDotNet.Configs;

namespace Review.Bench.Terminal;

public sealed class FrameBytesConfig : ManualConfig
{
    public FrameBytesConfig() => AddColumn(new FrameBytesColumn());
}
