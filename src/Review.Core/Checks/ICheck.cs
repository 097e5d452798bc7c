namespace Review.Core.Checks;

/// <summary>
/// One bilingual QA check. Implementations are pure, thread-safe and cheap: the runner calls them
/// for every pair at import and over whole databases in parallel.
/// </summary>
public interface ICheck
{
    /// <summary>The stable id tools, tests and config files use, e.g. <c>number</c>.</summary>
    string Id { get; }

    /// <summary>Appends the problems found in <paramref name="input"/> to <paramref name="findings"/>;
    /// appending rather than returning keeps the common clean pair allocation-free.</summary>
    void Run(CheckInput input, List<Finding> findings);
}
