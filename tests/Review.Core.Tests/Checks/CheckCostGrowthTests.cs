using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

/// <summary>No check costs more than linear time in its input (issue 16): each check runs alone on
/// its worst cases (<see cref="CheckWorstCases"/>) at n and 8n characters, and the cost may grow at
/// most 16-fold, where linear gives 8, n log n about 10 and quadratic 64 (measured 2026-12-03 under
/// load: 6.6× to 13.1×, the most for the placeholder check, whose regular expression allocates per
/// match). The cost is the thread's CPU time, not the
/// wall clock, so a loaded machine or tests running in parallel do not count; the minimum of several
/// runs after a warm-up, and a second and third try before failing, keep a stray pause (a garbage
/// collection, a cache flushed by a neighbour) from failing it.</summary>
public class CheckCostGrowthTests(ITestOutputHelper output)
{
    private const int Size = 8_000;
    private const int Growth = 8;
    private const double MaxRatio = 16;
    private const int Runs = 5;
    private const int Tries = 3;

    // Below this a check is too fast to time reliably; it stands in for its cost at n.
    private const double FloorMs = 0.05;

    public static TheoryData<string> Cases => new(CheckWorstCases.All.Select(c => c.ToString()));

    [Fact]
    public void Every_check_in_the_catalog_has_a_worst_case() =>
        Assert.All(CheckCatalog.Ids, id => Assert.Contains(CheckWorstCases.All, c => c.CheckId == id));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cost_grows_at_most_linearly(string name)
    {
        var worst = CheckWorstCases.All.Single(c => c.ToString() == name);
        var profile = CorpusProfile.Default with { Kind = worst.Kind, AcceleratorMarker = '&' };
        var check = CheckCatalog.Create(null, profile).Checks.Single(c => c.Id == worst.CheckId);
        var small = (worst.Source(Size), worst.Target(Size));
        var large = (worst.Source(Size * Growth), worst.Target(Size * Growth));
        var costs = new List<string>();
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var smallMs = Math.Max(Cost(check, small, worst.TargetLanguage), FloorMs);
            var largeMs = Cost(check, large, worst.TargetLanguage);
            output.WriteLine($"{name}: {smallMs:F3} ms → {largeMs:F3} ms, {largeMs / smallMs:F1}×");
            if (largeMs / smallMs < MaxRatio)
            {
                return;
            }

            costs.Add($"{smallMs:F2} ms → {largeMs:F2} ms");
        }

        Assert.Fail($"{name}: {Size} → {Size * Growth} characters costs {string.Join("; ", costs)}, over {MaxRatio}× for {Growth}× the input");
    }

    /// <summary>The least CPU time of <see cref="Runs"/> runs on a fresh input (the text profile is
    /// part of the cost), after one run that compiles and warms the code.</summary>
    private static double Cost(ICheck check, (string Source, string Target) pair, string targetLanguage)
    {
        check.Run(new CheckInput(pair.Source, pair.Target, "en", targetLanguage), []);
        var best = double.MaxValue;
        for (var run = 0; run < Runs; run++)
        {
            var input = new CheckInput(pair.Source, pair.Target, "en", targetLanguage);
            var findings = new List<Finding>();
            var start = ThreadCpuClock.NowMs();
            check.Run(input, findings);
            best = Math.Min(best, ThreadCpuClock.NowMs() - start);
        }

        return best;
    }
}
