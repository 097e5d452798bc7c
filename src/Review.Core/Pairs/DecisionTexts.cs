namespace Review.Core.Pairs;

/// <summary>
/// The text a decision records, one rule for every backend: an accept keeps the target as shown
/// (or the text the screen passed), taking the suggestion records it, an edit records the edit,
/// and a reject or skip records no text.
/// </summary>
public static class DecisionTexts
{
    public static string? Recorded(PairId pair, DecisionKind kind, string? finalTarget, string target, string? suggestion) => kind switch
    {
        DecisionKind.Accept => finalTarget ?? target,
        DecisionKind.TakeSuggestion => finalTarget ?? suggestion
            ?? throw new ArgumentException($"pair {pair} has no suggestion to take", nameof(kind)),
        DecisionKind.Edit => finalTarget,
        _ => null,
    };
}
