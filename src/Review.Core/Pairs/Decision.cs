namespace Review.Core.Pairs;

/// <summary>
/// One entry of the append-only decision history. An undo supersedes the decision it cancels;
/// every other decision supersedes the pair's previous effective decision, if any.
/// </summary>
public sealed record Decision(
    long Id,
    PairId PairId,
    DecisionKind Kind,
    string? FinalTarget,
    string Annotator,
    DateTimeOffset At,
    string? Note,
    long? Supersedes)
{
    /// <summary>The suggestion's hunks taken by hunk stepping, as "1,3/4" (hunks 1 and 3 of 4); null for a decision made whole.</summary>
    public string? Hunks { get; init; }

    /// <summary>Whether this is an annotator's judgement or an adjudicator's final word on a pair the annotators disagreed on.</summary>
    public DecisionRole Role { get; init; }
}
