namespace Review.Cli.Screen;

/// <summary>Start the inline editor (MultiLine) or the one-line prompt, prefilled with Seed.</summary>
public sealed record OpenInputEffect(string Seed, bool MultiLine) : ReviewEffect;
