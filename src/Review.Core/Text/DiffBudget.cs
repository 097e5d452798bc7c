namespace Review.Core.Text;

/// <summary>
/// Bounds the work of one diff. DiffPlex's Myers search costs up to the square of the longer token
/// sequence on unrelated texts, so a refinement of n old and m new tokens is charged max(n, m)^2
/// cells before it runs, and refused when it would pass either cap.
/// </summary>
/// <param name="MaxCellsPerRefinement">The most one DiffPlex call may be charged.</param>
/// <param name="MaxCellsPerDiff">The most all DiffPlex calls of one diff may be charged together.</param>
public sealed record DiffBudget(long MaxCellsPerRefinement, long MaxCellsPerDiff)
{
    /// <summary>
    /// About 5 ms of DiffPlex at worst on one slow core. Every pair of the demo set fits whole;
    /// the largest, a paragraph the MT cut in half, is charged about 130,000 cells.
    /// </summary>
    public static DiffBudget Default { get; } = new(150_000, 300_000);

    public static long Cost(int oldTokens, int newTokens)
    {
        long longer = Math.Max(oldTokens, newTokens);
        return longer * longer;
    }
}
