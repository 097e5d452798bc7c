namespace Review.Core.Session;

/// <summary>
/// What became of a decision: committed (<see cref="Change"/>), or refused with a message that
/// says why, and the pair as it stands now (<see cref="Current"/>) so the annotator sees what changed;
/// or nothing recorded because the decision in force already says the same (<see cref="Unchanged"/>).
/// </summary>
public sealed record DecisionOutcome(StatusChange? Change, string? Refusal, ShownPair? Current)
{
    public string? Unchanged { get; init; }

    public static DecisionOutcome AlreadyRecorded(string message) => new(null, null, null) { Unchanged = message };

    public static DecisionOutcome Committed(StatusChange change) => new(change, null, null);

    public static DecisionOutcome Refused(string message, ShownPair? current) => new(null, message, current);
}
