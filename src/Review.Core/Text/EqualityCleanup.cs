namespace Review.Core.Text;

/// <summary>
/// Absorbs a short unchanged run into the changes around it when it is no longer than the change
/// on either side, as diff-match-patch's semantic cleanup does. A character diff of a rewritten
/// phrase otherwise reads as confetti: stray syllables or spaces that happen to match between
/// two unrelated rewrites. One pass with a stack, so it stays linear on huge diffs.
/// </summary>
internal static class EqualityCleanup
{
    public static List<SegmentRun> Apply(List<SegmentRun> runs)
    {
        var stack = new List<Piece>();
        foreach (var piece in Group(runs))
        {
            stack.Add(piece);
            while (stack.Count >= 3 && Absorbs(stack[^3], stack[^2], stack[^1]))
            {
                var merged = Merge(stack[^3], stack[^2], stack[^1]);
                stack.RemoveRange(stack.Count - 3, 3);
                stack.Add(merged);
            }
        }
        return [.. stack.SelectMany(Runs)];
    }

    /// <summary>An equality, or a change: deletions then insertions, both starting at the same place.</summary>
    private readonly record struct Piece(bool IsEqual, int OldStart, int NewStart, int Deleted, int Inserted);

    private static bool Absorbs(Piece before, Piece equality, Piece after) =>
        !before.IsEqual && equality.IsEqual && !after.IsEqual
        && equality.Deleted <= Math.Max(before.Deleted, before.Inserted)
        && equality.Deleted <= Math.Max(after.Deleted, after.Inserted);

    private static Piece Merge(Piece before, Piece equality, Piece after) => before with
    {
        Deleted = before.Deleted + equality.Deleted + after.Deleted,
        Inserted = before.Inserted + equality.Deleted + after.Inserted,
    };

    private static IEnumerable<Piece> Group(List<SegmentRun> runs)
    {
        Piece? change = null;
        foreach (var run in runs)
        {
            if (run.Operation == DiffOperation.Equal)
            {
                if (change is { } pending)
                {
                    yield return pending;
                    change = null;
                }
                yield return new Piece(true, run.OldStart, run.NewStart, run.Length, run.Length);
                continue;
            }
            var open = change ?? new Piece(false, run.OldStart, run.NewStart, 0, 0);
            change = run.Operation == DiffOperation.Deleted
                ? open with { Deleted = open.Deleted + run.Length }
                : open with { Inserted = open.Inserted + run.Length };
        }
        if (change is { } last)
        {
            yield return last;
        }
    }

    private static IEnumerable<SegmentRun> Runs(Piece piece)
    {
        if (piece.IsEqual)
        {
            yield return new SegmentRun(DiffOperation.Equal, piece.OldStart, piece.NewStart, piece.Deleted);
            yield break;
        }
        if (piece.Deleted > 0)
        {
            yield return new SegmentRun(DiffOperation.Deleted, piece.OldStart, piece.NewStart, piece.Deleted);
        }
        if (piece.Inserted > 0)
        {
            yield return new SegmentRun(DiffOperation.Inserted, piece.OldStart + piece.Deleted, piece.NewStart, piece.Inserted);
        }
    }
}
