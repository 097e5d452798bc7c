namespace Review.Core.Session;

/// <summary>
/// What the store says now, for the header and the status line: the pair on screen re-read (its
/// status, holder and decision count), corpus counts with everyone's work, and how many colleagues
/// hold a live lease.
/// </summary>
public sealed record LiveView(ProgressCounts Counts, ShownPair? Shown, int Colleagues);
