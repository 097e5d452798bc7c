namespace Review.Core.Pairs;

public enum DecisionKind
{
    Accept,
    TakeSuggestion,
    Edit,
    Reject,
    Skip,
    Undo,

    /// <summary>A change of alignment (merge, split, shift): history only, never a pair's decision in force.</summary>
    Realign,
}
