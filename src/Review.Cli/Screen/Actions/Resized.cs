namespace Review.Cli.Screen;

/// <summary>The terminal has this size now (at start, and after every resize).</summary>
public sealed record Resized(int Width, int Height) : ReviewAction;
