using Review.Core.Pairs;

namespace Review.Cli.Screen;

/// <summary>
/// Commit a decision. ExpectedDecisionId is the pair's effective decision when it was shown: if
/// another annotator decided the pair since, the loop reports a conflict instead of overwriting.
/// </summary>
public sealed record DecideEffect(PairId Pair, DecisionKind Kind, string? FinalTarget, string? Note, long? ExpectedDecisionId) : ReviewEffect;
