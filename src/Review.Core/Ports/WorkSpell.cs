namespace Review.Core.Ports;

/// <summary>
/// The latest run of decisions with no pause longer than a gap (30 minutes in `review stats`)
/// between two of them; <see cref="Pairs"/> counts distinct pairs decided in it.
/// </summary>
public sealed record WorkSpell(DateTimeOffset Start, DateTimeOffset End, long Pairs, long Decisions);
