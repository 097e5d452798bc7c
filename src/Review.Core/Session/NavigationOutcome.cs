namespace Review.Core.Session;

/// <summary>Where a navigation arrived (null: it stayed), and what to tell the annotator about it.</summary>
public sealed record NavigationOutcome(ShownPair? Pair, string? Message);
