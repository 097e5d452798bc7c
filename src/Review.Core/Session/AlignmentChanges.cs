using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// What each change of alignment does to the texts of a pair and its neighbour, as plain data.
/// Pairs keep their places (a store's corpus order is fixed), so text only moves between
/// neighbours: a merge empties the second pair, and a split gives what follows its cuts to the
/// front of the next pair (a true split when that pair is empty, as a merge leaves it).
/// A suggested fix travels with its target: when only one side has one, that side's target
/// stands in for the missing part, so the joined suggestion still covers the whole target.
/// </summary>
public static class AlignmentChanges
{
    public static AlignmentChange Merge(Pair first, Pair second)
    {
        var after = new AlignedTexts(
            Join(first.Source, second.Source, first.SourceLang),
            Join(first.Target, second.Target, first.TargetLang),
            JoinSuggestions(first.Target, first.Suggestion, second.Target, second.Suggestion, first.TargetLang));
        return Change(AlignmentOperation.Merge, first, second, after, new AlignedTexts("", "", null));
    }

    /// <summary>Cuts <paramref name="pair"/> at the given offsets; the tails go before <paramref name="next"/>'s texts.</summary>
    public static AlignmentChange Split(Pair pair, Pair next, int sourceCut, int targetCut)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceCut);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sourceCut, pair.Source.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(targetCut);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targetCut, pair.Target.Length);
        var sourceTail = pair.Source[sourceCut..].Trim();
        var targetTail = pair.Target[targetCut..].Trim();
        // Nothing says where a suggested fix would be cut, so the pair keeps it only while no target
        // text leaves; otherwise it is dropped (the history and the original alignment keep it).
        var headSuggestion = targetTail.Length == 0 ? pair.Suggestion : null;
        var first = new AlignedTexts(pair.Source[..sourceCut].TrimEnd(), pair.Target[..targetCut].TrimEnd(), headSuggestion);
        var second = new AlignedTexts(
            Join(sourceTail, next.Source, pair.SourceLang),
            Join(targetTail, next.Target, pair.TargetLang),
            next.Suggestion is null ? null : Join(targetTail, next.Suggestion, pair.TargetLang));
        return Change(AlignmentOperation.Split, pair, next, first, second);
    }

    /// <summary>The pair's target (and its suggestion) goes to the front of the next pair's.</summary>
    public static AlignmentChange ShiftDown(Pair pair, Pair next)
    {
        var second = new AlignedTexts(next.Source,
            Join(pair.Target, next.Target, next.TargetLang),
            JoinSuggestions(pair.Target, pair.Suggestion, next.Target, next.Suggestion, next.TargetLang));
        return Change(AlignmentOperation.ShiftDown, pair, next, new AlignedTexts(pair.Source, "", null), second);
    }

    /// <summary>The pair's target (and its suggestion) goes to the end of the previous pair's.</summary>
    public static AlignmentChange ShiftUp(Pair previous, Pair pair)
    {
        var first = new AlignedTexts(previous.Source,
            Join(previous.Target, pair.Target, previous.TargetLang),
            JoinSuggestions(previous.Target, previous.Suggestion, pair.Target, pair.Suggestion, previous.TargetLang));
        return Change(AlignmentOperation.ShiftUp, previous, pair, first, new AlignedTexts(pair.Source, "", null));
    }

    /// <summary>
    /// Two sentences as one text: a space between them, except in Chinese and Japanese, which
    /// write none between sentences.
    /// </summary>
    public static string Join(string head, string tail, string language)
    {
        if (head.Length == 0 || tail.Length == 0)
        {
            return head + tail;
        }
        var separator = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ? "" : " ";
        return head + separator + tail;
    }

    private static string? JoinSuggestions(string headTarget, string? headSuggestion, string tailTarget, string? tailSuggestion, string language) =>
        headSuggestion is null && tailSuggestion is null
            ? null
            : Join(headSuggestion ?? headTarget, tailSuggestion ?? tailTarget, language);

    private static AlignmentChange Change(AlignmentOperation operation, Pair first, Pair second, AlignedTexts firstAfter, AlignedTexts secondAfter) =>
        new(operation, first.Id, second.Id, AlignedTexts.Of(first), AlignedTexts.Of(second), Repair(first, firstAfter), Repair(second, secondAfter));

    // The repair's record describes the target as imported; it stays only while that target does,
    // as an edit leaves the guesses behind.
    private static AlignedTexts Repair(Pair pair, AlignedTexts after) =>
        after.Target == pair.Target ? after with { OriginalTarget = pair.OriginalTarget, RepairJson = pair.RepairJson } : after;
}
