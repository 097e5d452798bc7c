namespace Review.Core.Ports;

/// <summary>
/// A change of alignment as the history keeps it: the realign decisions recorded on its two pairs
/// (who and when), what it replaced and what it wrote, and whether an undo has cancelled it.
/// </summary>
public sealed record AlignmentEdit(
    long FirstDecisionId,
    long SecondDecisionId,
    string Annotator,
    DateTimeOffset At,
    AlignmentChange Change,
    bool Undone);
