namespace Review.Core.Session;

/// <summary>
/// What became of a decision: committed (<see cref="Change"/>), or refused with a message that
/// says why, and the pair as it stands now (<see cref="Current"/>) so the annotator sees what changed.
/// </summary>
public sealed record DecisionOutcome(StatusChange? Change, string? Refusal, ShownPair? Current)
{
    public static DecisionOutcome Committed(StatusChange change) => new(change, null, null);

    public static DecisionOutcome Refused(string message, ShownPair? current) => new(null, message, current);
}
