using Review.Core.Checks;
using Review.Core.Encodings;
using Review.Core.Pairs;

namespace Review.Core.Session;

/// <summary>
/// The pair on screen with what the store said about it when it was loaded. ClaimedBy names
/// another annotator holding a live lease on it; decisions are refused while that is so. Under
/// overlap, Effective is this annotator's own decision, and Status the pair's as a whole.
/// </summary>
public sealed record ShownPair(Pair Pair, PairStatus Status, Decision? Effective, IReadOnlyList<Finding> Findings, string? ClaimedBy)
{
    /// <summary>The file's suggestion wins; otherwise the first mechanical fix a check offered.</summary>
    public string? Suggestion => Pair.Suggestion ?? Findings.Select(f => f.SuggestedTarget).FirstOrDefault(s => s is not null);

    /// <summary>
    /// The text as it stands now: the decided text, or the target while undecided. While
    /// adjudicating it is the target under review, which accept records: the annotators' texts have panes of their own.
    /// </summary>
    public string CurrentTarget => Team is null ? Effective?.FinalTarget ?? Pair.Target : Pair.Target;

    /// <summary>The encoding repair's guesses, with offsets into <see cref="Pair"/>.Target.</summary>
    public IReadOnlyList<RepairGuess> Guesses { get; init; } = [];

    /// <summary>Where the pair stands within the filter it was reached under; null without a filter.</summary>
    public FilterPlace? Place { get; init; }

    /// <summary>Every annotator's current decision and the adjudication, when the pair is shown for adjudication; null otherwise.</summary>
    public Review.Core.Agreement.PairDecisions? Team { get; init; }

    /// <summary>How many annotators must decide the pair (the store's overlap; 1 for one decision per pair).</summary>
    public int Overlap { get; init; } = 1;

    /// <summary>Under overlap, how many annotators have a decision in force on it (this one's included).</summary>
    public int DecisionCount { get; init; }

    /// <summary>The guesses fit the text on screen only while it is the repaired target (not an edit of it).</summary>
    public bool GuessesApply => Guesses.Count > 0 && CurrentTarget == Pair.Target;
}
