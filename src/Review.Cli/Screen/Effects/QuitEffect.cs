namespace Review.Cli.Screen;

/// <summary>End the loop. Every decision is already committed, so there is nothing to flush.</summary>
public sealed record QuitEffect : ReviewEffect;
