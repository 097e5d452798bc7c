using System.Diagnostics;
using System.Globalization;
using Review.Bench.Corpus;
using Review.Core.Checks;

namespace Review.Bench.Checks;

/// <summary>
/// <c>checkcost [N=50000]</c>: what each check costs on its own, one core, in microseconds per pair
/// over the import benchmark's corpus (<see cref="SyntheticCorpus"/>) and the check benchmark's
/// (<see cref="SyntheticPairs"/>). Each check runs alone on a fresh input, so it pays for the text
/// profile it uses; <c>all</c> is the runner with every check, as import calls it. Best of five rounds
/// (the least disturbed by other load; CPU time here is counted in 4 ms ticks, too coarse), after a
/// warm-up so the JIT has optimised the code. Run it with <c>DOTNET_TieredPGO=0</c> to see what
/// <c>review</c> pays, since the app turns profile-guided optimisation off.
/// </summary>
public static class CheckCost
{
    private const int Rounds = 5;

    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
        var import = new SyntheticCorpus(42);
        var corpora = new (string Name, (string Source, string Target)[] Pairs)[]
        {
            ("import", [.. Enumerable.Range(1, count).Select(i => import.Next(i)).Select(p => (p.Source, p.Target))]),
            ("checks", SyntheticPairs.Create(count)),
        };
        var runner = CheckCatalog.Create();
        foreach (var (_, pairs) in corpora)
        {
            Row(pairs, (input, found) => found.AddRange(runner.Run(input).Findings));
        }

        Console.WriteLine($"{"check",-14}{string.Concat(corpora.Select(c => $"{c.Name + " µs/pair",18}{"found",8}"))}");
        foreach (var check in runner.Checks)
        {
            Console.WriteLine($"{check.Id,-14}{string.Concat(corpora.Select(c => Row(c.Pairs, check.Run)))}");
        }

        Console.WriteLine($"{"all",-14}{string.Concat(corpora.Select(c => Row(c.Pairs, (input, found) => found.AddRange(runner.Run(input).Findings))))}");
        return 0;
    }

    private static string Row((string Source, string Target)[] pairs, Action<CheckInput, List<Finding>> run)
    {
        var best = double.MaxValue;
        var found = new List<Finding>();
        var count = 0;
        for (var round = 0; round < Rounds; round++)
        {
            count = 0;
            var clock = Stopwatch.StartNew();
            foreach (var (source, target) in pairs)
            {
                found.Clear();
                run(new CheckInput(source, target, "en", "ko"), found);
                count += found.Count;
            }

            best = Math.Min(best, clock.Elapsed.TotalMicroseconds / pairs.Length);
        }

        return $"{best,18:F2}{count,8}";
    }
}
