using System.Globalization;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// The rules of changing the alignment from the review screen: which pairs may change (both
/// undecided, nobody else holding either, no overlap), the change itself (<see cref="AlignmentChanges"/>),
/// the checks run again on both pairs, and undo. The store re-checks inside its write, so a
/// colleague who slipped in between makes the change refused, never half-applied.
/// </summary>
internal sealed class AlignmentEditor(IReviewStore store, string annotator, int overlap, FindingRefresh findings, Func<Pair, ShownPair> load)
{
    public AlignmentOutcome Merge(PairId id) =>
        WithNext(id, "a merge needs a next pair", (pair, next) => AlignmentChanges.Merge(pair, next));

    public AlignmentOutcome Split(PairId id, int sourceCut, int targetCut) =>
        WithNext(id, "a split gives what follows its cuts to the next pair, and this is the last pair", (pair, next) =>
            pair.Source[Math.Min(sourceCut, pair.Source.Length)..].Trim().Length == 0 && pair.Target[Math.Min(targetCut, pair.Target.Length)..].Trim().Length == 0
                ? null
                : AlignmentChanges.Split(pair, next, sourceCut, targetCut));

    public AlignmentOutcome ShiftDown(PairId id) =>
        WithNext(id, "this is the last pair: there is no next pair to take its target", (pair, next) =>
            pair.Target.Length == 0 ? null : AlignmentChanges.ShiftDown(pair, next));

    public AlignmentOutcome ShiftUp(PairId id)
    {
        if (store.GetPair(id) is not { } pair)
        {
            return Refused($"pair {id} is not in the store", null);
        }
        if (store.Previous(pair.Ord) is not { } previous)
        {
            return Refused("this is the first pair: there is no previous pair to take its target", pair);
        }
        return pair.Target.Length == 0 ? Refused("this pair has no target to move", pair) : Apply(AlignmentChanges.ShiftUp(previous, pair), previous, pair, pair);
    }

    /// <summary>Takes back the annotator's latest change of alignment, when that is their latest act; null otherwise.</summary>
    public AlignmentOutcome? Undo()
    {
        if (store.LatestRealign(annotator) is not { } edit)
        {
            return null;
        }
        var first = store.GetPair(edit.Change.First)!;
        var second = store.GetPair(edit.Change.Second)!;
        var what = Describe(edit.Change.Operation, first, second);
        if (!store.UndoRealign(edit, annotator))
        {
            var why = Obstacle(first, second) ?? "the pairs changed since";
            return Refused($"could not undo the {what}: {why}", first);
        }
        findings.Refresh(first.Id);
        findings.Refresh(second.Id);
        return new AlignmentOutcome(true, $"undid the {what}", load(store.GetPair(first.Id)!));
    }

    private AlignmentOutcome WithNext(PairId id, string whenLast, Func<Pair, Pair, AlignmentChange?> change)
    {
        if (store.GetPair(id) is not { } pair)
        {
            return Refused($"pair {id} is not in the store", null);
        }
        if (store.Next(pair.Ord) is not { } next)
        {
            return Refused(whenLast, pair);
        }
        return change(pair, next) is { } made ? Apply(made, pair, next, pair) : Refused("nothing would move: the alignment was not changed", pair);
    }

    private AlignmentOutcome Apply(AlignmentChange change, Pair first, Pair second, Pair shown)
    {
        if (Obstacle(first, second) is { } obstacle)
        {
            return Refused($"{obstacle}: the alignment was not changed", shown);
        }
        if (store.Realign(change, annotator) is null)
        {
            var why = Obstacle(first, second) ?? $"pair #{first.Ord} or #{second.Ord} changed meanwhile";
            return Refused($"{why}: reloaded, the alignment was not changed", shown);
        }
        findings.Refresh(first.Id);
        findings.Refresh(second.Id);
        return new AlignmentOutcome(true, Describe(change.Operation, first, second) + ": saved", load(store.GetPair(shown.Id)!));
    }

    /// <summary>Why the two pairs may not change now, as the store says; null when they may.</summary>
    private string? Obstacle(Pair first, Pair second)
    {
        if (overlap > 1)
        {
            return $"the alignment cannot change under an overlap of {overlap}: every annotator must judge the same pairs";
        }
        foreach (var pair in new[] { first, second })
        {
            if (store.ClaimedBy(pair.Id) is { } holder && holder != annotator)
            {
                return $"{holder} is reviewing pair #{pair.Ord}";
            }
            if (store.StatusOf(pair.Id) is var status && status != PairStatus.Pending)
            {
                return $"pair #{pair.Ord} is {PairNames.Of(status)}: undo its decision first";
            }
        }
        return null;
    }

    private static string Describe(AlignmentOperation operation, Pair first, Pair second)
    {
        var pairs = string.Create(CultureInfo.InvariantCulture, $"#{first.Ord} and #{second.Ord}");
        return operation switch
        {
            AlignmentOperation.Merge => $"merge of {pairs}",
            AlignmentOperation.Split => $"split of #{first.Ord.ToString(CultureInfo.InvariantCulture)} into {pairs}",
            AlignmentOperation.ShiftDown => $"shift of #{first.Ord.ToString(CultureInfo.InvariantCulture)}'s target down to #{second.Ord.ToString(CultureInfo.InvariantCulture)}",
            _ => $"shift of #{second.Ord.ToString(CultureInfo.InvariantCulture)}'s target up to #{first.Ord.ToString(CultureInfo.InvariantCulture)}",
        };
    }

    private AlignmentOutcome Refused(string message, Pair? current) =>
        new(false, message, current is null || store.GetPair(current.Id) is not { } now ? null : load(now));
}
