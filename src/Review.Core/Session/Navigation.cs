namespace Review.Core.Session;

/// <summary>
/// A request to load a pair, relative to <see cref="FromOrd"/> (the pair on screen, 0 when none).
/// Text is the goto target or search needle; Forward is the search direction.
/// </summary>
public sealed record Navigation(NavigationKind Kind, long FromOrd, PairFilter Filter, string? Text = null, bool Forward = true);
