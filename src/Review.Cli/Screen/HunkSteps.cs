using System.Collections.Immutable;
using Review.Core.Text;

namespace Review.Cli.Screen;

/// <summary>
/// Hunk stepping on the shown pair: the text the hunks were cut from (<see cref="Base"/>), the
/// diff against the suggestion at the granularity stepping began with, the current hunk, and which
/// hunks are taken. <see cref="Text"/> is the target as it would be saved.
/// </summary>
public sealed record HunkSteps(string Base, TextDiffResult Diff, int Current, ImmutableHashSet<int> Taken)
{
    public IReadOnlyList<DiffHunk> Hunks => DiffHunks.Of(Diff);

    public int Count => Hunks.Count;

    public string Text => DiffHunks.Apply(Diff, Taken);

    /// <summary>How the decision records the taken hunks, e.g. "1,3/4".</summary>
    public string Record => DiffHunks.Describe(Taken, Count);

    public HunkSteps Move(int delta) => this with { Current = Math.Clamp(Current + delta, 1, Math.Max(1, Count)) };

    /// <summary>Takes (or leaves) the current hunk, and with <paramref name="rest"/> every later one; then moves on.</summary>
    public HunkSteps Choose(bool take, bool rest)
    {
        var numbers = rest ? Enumerable.Range(Current, Count - Current + 1) : [Current];
        var taken = take ? Taken.Union(numbers) : Taken.Except(numbers);
        return (this with { Taken = taken }).Move(rest ? Count : 1);
    }
}
