namespace Review.Bench.Screen;

/// <summary>Fewer, longer iterations: opening a million-pair database is measured in hundreds of milliseconds.</summary>
public sealed class ScreenFirstFrameConfig : ScreenLatencyConfig
{
    public ScreenFirstFrameConfig()
        : base(warmups: 2, iterations: 15)
    {
    }
}
