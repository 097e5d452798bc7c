using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// Changes of alignment: pairs keep their places in the corpus, and text moves between
/// neighbours. Each change records a realign decision on both pairs (history only: a pair's
/// decision in force is never one) and what it replaced, so an undo restores the texts exactly and
/// an export can still give the original pairs. Every write is committed before the method returns.
/// </summary>
public interface IAlignmentEdits
{
    /// <summary>
    /// Writes the change in one transaction, only while both pairs hold their texts before it, have
    /// no decision in force and no other annotator holds a live claim on either; null, writing
    /// nothing, otherwise.
    /// </summary>
    AlignmentEdit? Realign(AlignmentChange change, string annotator);

    /// <summary>
    /// The annotator's latest change of alignment that no undo has cancelled, when it is newer than
    /// their latest decision in force (so it is what an undo would take back); null otherwise.
    /// </summary>
    AlignmentEdit? LatestRealign(string annotator);

    /// <summary>
    /// Cancels <paramref name="edit"/>: puts back the texts it replaced and appends an undo for each
    /// of its realign decisions, in one transaction, only while both pairs still hold what it wrote,
    /// have no decision in force and no other annotator holds either; false, writing nothing, otherwise.
    /// </summary>
    bool UndoRealign(AlignmentEdit edit, string annotator);

    /// <summary>Every change of alignment that touched the pair, oldest first, undone ones included.</summary>
    IReadOnlyList<AlignmentEdit> AlignmentEdits(PairId pair);

    /// <summary>The pair's texts before the first change of alignment touched it; null for a pair never realigned.</summary>
    AlignedTexts? OriginalAlignment(PairId pair);

    /// <summary>
    /// Every pair a change of alignment has touched, undone or not, with its texts before the first
    /// change and now; as many as the pairs annotators realigned by hand, not the corpus.
    /// </summary>
    IReadOnlyList<RealignedPair> RealignedPairs();

    /// <summary>How many pending pairs a merge left empty: places in the corpus, but nothing to review.</summary>
    long EmptiedPairs();
}
