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
    long? Supersedes);
