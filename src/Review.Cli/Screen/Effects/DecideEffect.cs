using Review.Core.Pairs;

namespace Review.Cli.Screen;

/// <summary>
/// Commit a decision. ExpectedDecisionId is the pair's effective decision when it was shown: if
/// another annotator decided the pair since, the loop reports a conflict instead of overwriting.
/// </summary>
public sealed record DecideEffect(PairId Pair, DecisionKind Kind, string? FinalTarget, string? Note, long? ExpectedDecisionId) : ReviewEffect
{
    /// <summary>The hunks of the suggestion taken by hunk stepping, e.g. "1,3/4"; null for a decision made whole.</summary>
    public string? Hunks { get; init; }
}
