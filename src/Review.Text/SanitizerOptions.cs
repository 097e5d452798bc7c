namespace Review.Text;

public sealed record SanitizerOptions(TabDisplay Tab = TabDisplay.Arrow, int TabWidth = 4)
{
    public static SanitizerOptions Default { get; } = new();
}
