using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// The append-only decision history. A pair's status is derived from its latest effective
/// decision; undo appends and never deletes. Every write is committed before the method returns.
/// </summary>
public interface IDecisionLog
{
    /// <summary>
    /// Appends a decision and moves the pair to its status. Accept records the target as it stands,
    /// take-suggestion the pair's suggestion, unless <paramref name="finalTarget"/> gives the text;
    /// edit requires it. An unknown pair, an undo or an edit without text is an <see cref="ArgumentException"/>.
    /// </summary>
    Decision Decide(PairId pair, DecisionKind kind, string? finalTarget, string annotator, string? note = null);

    /// <summary>
    /// <see cref="Decide"/> only while the pair's effective decision is still
    /// <paramref name="expectedDecisionId"/> (null: none) and no other annotator holds a live claim
    /// on it, checked and written in one transaction; null, recording nothing, otherwise.
    /// <paramref name="hunks"/> records which of the suggestion's hunks an edit took (e.g. <c>1,3/4</c>).
    /// </summary>
    Decision? DecideIfCurrent(PairId pair, long? expectedDecisionId, DecisionKind kind, string? finalTarget, string annotator, string? note = null,
        string? hunks = null);

    /// <summary>
    /// Cancels the annotator's most recent decision still in effect: appends an undo that supersedes
    /// it and gives the pair back the decision it had superseded (or pending). Null when there is nothing to undo.
    /// </summary>
    Decision? Undo(string annotator);

    /// <summary>Every decision ever recorded on the pair, oldest first, undos included.</summary>
    IReadOnlyList<Decision> History(PairId id);

    /// <summary>The decision the pair's status comes from; null while pending.</summary>
    Decision? EffectiveDecision(PairId id);

    PairStatus StatusOf(PairId id);

    /// <summary>The decided text of an accepted, fixed or edited pair; otherwise the target under review.</summary>
    string FinalTarget(PairId id);
}
