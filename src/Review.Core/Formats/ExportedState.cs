using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// What a record of review's own JSONL export says beyond its texts: the status, the final text
/// (<see cref="Target"/>, the export's <c>target</c>) and the decision behind it. Importing it
/// records that decision again, so the pair comes back as it was exported.
/// </summary>
public sealed record ExportedState(PairStatus Status, string Target, string? Annotator, DateTimeOffset? DecidedAt, string? Note)
{
    /// <summary>
    /// The pair's history as the file carries it (the LiteDB file's decisions; every annotator's
    /// decision of a JSONL export with decisions), restored whole; null when the file carries only
    /// the decision behind the status. Ids and supersedes are the file's numbers.
    /// </summary>
    public IReadOnlyList<Decision>? History { get; init; }

    /// <summary>The decision that gives the pair its status; null for a pending pair.</summary>
    public DecisionKind? Kind => StatusRules.KindBehind(Status);

    /// <summary>The text the decision records; reject and skip record none (the export shows the target under review).</summary>
    public string? FinalTarget => Status is PairStatus.Accepted or PairStatus.Fixed or PairStatus.Edited ? Target : null;

    /// <summary>
    /// The target under review, when the export shows it: a pending, rejected or skipped pair
    /// exports it as <c>target</c>, and accept records it unchanged. Null for fixed and edited
    /// pairs, whose <c>target</c> is the text that replaced it.
    /// </summary>
    public string? TargetUnderReview => Status is PairStatus.Fixed or PairStatus.Edited ? null : Target;
}
