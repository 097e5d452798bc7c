namespace Review.Core.Pairs;

public enum DecisionKind
{
    Accept,
    TakeSuggestion,
    Edit,
    Reject,
    Skip,
    Undo,
}
