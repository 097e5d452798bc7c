namespace Review.Core.Text;

/// <summary>
/// Diffs two texts for display: the target against its suggested fix. Coarse first (sentences),
/// then script-aware tokens inside the changed spans only, within a <see cref="DiffBudget"/>; past
/// the budget a span falls back to word tokens, then to "replaced entirely", and the result says so.
/// Stateless and safe to share between threads.
/// </summary>
public sealed class TextDiff(DiffBudget budget)
{
    public TextDiff()
        : this(DiffBudget.Default)
    {
    }

    public DiffBudget Budget => budget;

    public TextDiffResult Compute(string oldText, string newText, DiffGranularity granularity = DiffGranularity.Automatic)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        return new DiffRun(oldText, newText, granularity, budget).Run();
    }
}
