namespace Review.Core.Checks;

/// <summary>
/// Runs the enabled checks on a pair and combines their fixes. Thread-safe and reusable: build one
/// per configuration (<see cref="CheckCatalog.Create"/>) and call <see cref="Run(CheckInput)"/>
/// from as many threads as you like.
/// </summary>
public sealed class CheckRunner(IReadOnlyList<ICheck> checks)
{
    public IReadOnlyList<ICheck> Checks { get; } = checks;

    public CheckResult Run(string source, string target, string sourceLang, string targetLang) =>
        Run(new CheckInput(source, target, sourceLang, targetLang));

    public CheckResult Run(CheckInput input)
    {
        // One reused list per thread keeps a clean pair, the common case, allocation-free.
        var found = _scratch ??= [];
        found.Clear();
        foreach (var check in Checks)
        {
            check.Run(input, found);
        }

        if (found.Count == 0)
        {
            return CheckResult.Clean;
        }

        var findings = found.ToArray();
        found.Clear();
        return new CheckResult(findings, FixCombiner.Combine(input.Target, findings));
    }

    [ThreadStatic]
    private static List<Finding>? _scratch;
}
