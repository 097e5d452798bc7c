namespace Review.Core.Storage;

/// <summary>
/// The latest run of decisions with no pause longer than <see cref="ReviewStore.SessionGap"/>
/// between two of them; <see cref="Pairs"/> counts distinct pairs decided in it.
/// </summary>
public sealed record ReviewSession(DateTimeOffset Start, DateTimeOffset End, long Pairs, long Decisions);
