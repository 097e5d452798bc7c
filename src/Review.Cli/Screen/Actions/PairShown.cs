using Review.Core.Session;

namespace Review.Cli.Screen;

/// <summary>A navigation found a pair; it is loaded and claimed.</summary>
public sealed record PairShown(ShownPair Shown) : ReviewAction;
