using Review.Core.Session;

namespace Review.Cli.Screen;

/// <summary>Load, claim and show the pair the navigation leads to, and remember it as the resume position.</summary>
public sealed record NavigateEffect(Navigation To) : ReviewEffect;
