using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// A change of alignment as the history keeps it: the realign decisions recorded on its two pairs
/// (who and when), what it replaced and what it wrote, and whether an undo has cancelled it.
/// </summary>
public sealed record AlignmentEdit(
    long FirstDecisionId,
    long SecondDecisionId,
    string Annotator,
    DateTimeOffset At,
    AlignmentChange Change,
    bool Undone)
{
    /// <summary>An edit from the columns every backend stores it in: the operation's name and the texts as <see cref="AlignmentJson"/>.</summary>
    public static AlignmentEdit FromStored(
        long firstDecisionId, long secondDecisionId, string operation, long firstPair, long secondPair,
        string beforeJson, string afterJson, string annotator, DateTimeOffset at, bool undone)
    {
        var (firstBefore, secondBefore) = AlignmentJson.Read(beforeJson);
        var (firstAfter, secondAfter) = AlignmentJson.Read(afterJson);
        var change = new AlignmentChange(AlignmentNames.Parse(operation), new PairId(firstPair), new PairId(secondPair),
            firstBefore, secondBefore, firstAfter, secondAfter);
        return new AlignmentEdit(firstDecisionId, secondDecisionId, annotator, at, change, undone);
    }
}
