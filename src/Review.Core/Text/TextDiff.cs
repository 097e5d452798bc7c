namespace Review.Core.Text;

/// <summary>
/// Diffs two texts for display: the target against its suggested fix. Coarse first (sentences),
/// then script-aware tokens inside the changed sentences only, within a <see cref="DiffBudget"/>.
/// A span too big for the budget is diffed by word, then at the asked granularity inside the
/// changed words; past that, its sentences are paired in order; past that, it is replaced entirely,
/// and the result says it fell back. Stateless and safe to share between threads.
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
