using BenchmarkDotNet.Configs;

namespace Review.Bench.Terminal;

public sealed class FrameColumnsConfig : ManualConfig
{
    public FrameColumnsConfig() => AddColumn(new FrameBytesColumn(), new FrameCpuTimeColumn());
}
