namespace Review.Cli.Screen;

/// <summary>The terminal's size in cells, as the last resize reported it.</summary>
public sealed record ScreenSize(int Width, int Height)
{
    public static ScreenSize Default { get; } = new(80, 24);
}
