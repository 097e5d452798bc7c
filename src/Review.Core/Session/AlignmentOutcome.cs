namespace Review.Core.Session;

/// <summary>
/// What became of a change of alignment or its undo: done or refused (<see cref="Done"/>), a
/// message saying which, and the pair to show as it stands now.
/// </summary>
public sealed record AlignmentOutcome(bool Done, string Message, ShownPair? Shown);
