namespace Review.Core.Pairs;

/// <summary>
/// The one statement of what a decision does to a pair's status, and of which statuses count as
/// done. Stores, the session, the screen's counts and the export's restore all ask here.
/// </summary>
public static class StatusRules
{
    /// <summary>
    /// The status a decision gives its pair. An undo has none of its own: the pair takes the status
    /// of the decision the undo restores (or pending), so asking for it is a programming error.
    /// </summary>
    public static PairStatus After(DecisionKind kind) => kind switch
    {
        DecisionKind.Accept => PairStatus.Accepted,
        DecisionKind.TakeSuggestion => PairStatus.Fixed,
        DecisionKind.Edit => PairStatus.Edited,
        DecisionKind.Reject => PairStatus.Rejected,
        DecisionKind.Skip => PairStatus.Skipped,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "an undo has no status of its own"),
    };

    /// <summary>The kind of decision that gives a pair this status; null for pending.</summary>
    public static DecisionKind? KindBehind(PairStatus status) => status switch
    {
        PairStatus.Accepted => DecisionKind.Accept,
        PairStatus.Fixed => DecisionKind.TakeSuggestion,
        PairStatus.Edited => DecisionKind.Edit,
        PairStatus.Rejected => DecisionKind.Reject,
        PairStatus.Skipped => DecisionKind.Skip,
        _ => null,
    };

    /// <summary>Accepted, fixed, edited and rejected pairs are done; a skipped pair is neither done nor pending.</summary>
    public static bool IsDone(PairStatus status) =>
        status is PairStatus.Accepted or PairStatus.Fixed or PairStatus.Edited or PairStatus.Rejected;
}
