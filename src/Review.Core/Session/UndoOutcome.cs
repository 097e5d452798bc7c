namespace Review.Core.Session;

/// <summary>A committed undo, and the pair it changed as it stands now (to show it).</summary>
public sealed record UndoOutcome(StatusChange Change, ShownPair? Shown);
