using System.Diagnostics;
using System.Globalization;
using Review.Core.Checks;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Bench.Align;

/// <summary>
/// <c>realign DB ROUNDS [SEED]</c>: the screen's merge (J), split (S), shift down (&gt;) and shift up
/// (&lt;) through the session on an imported corpus, each followed by its undo (u), at pairs spread
/// at random over the whole corpus. Each call is timed as the screen makes it: the checks re-run on
/// both pairs, and the commit. Prints p50, p99 and max per operation. The corpus ends as it began.
/// </summary>
internal static class RealignLatency
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rounds))
        {
            Console.Error.WriteLine("usage: Review.Bench realign DB ROUNDS [SEED]");
            return 2;
        }
        var random = new Random(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 42);
        using var store = ReviewStore.Open(args[0]);
        var session = new ReviewSession(store, "bench-realign", TimeSpan.FromMinutes(5), TimeProvider.System, QueueOrder.Corpus, CheckConfig.Default);
        var count = store.PairCount();
        var timings = new Dictionary<string, List<double>>();
        for (var round = -10; round < rounds; round++)
        {
            // The first rounds warm the JIT and the length-ratio band up and are not counted.
            var pair = store.FindByOrd(2 + random.NextInt64(count - 2))!;
            var cut = pair.Source.Length / 2;
            Time(timings, round, "merge", () => session.Merge(pair.Id));
            Time(timings, round, "undo", () => session.UndoAlignment()!);
            Time(timings, round, "split", () => session.Split(pair.Id, cut, pair.Target.Length / 2));
            Time(timings, round, "undo", () => session.UndoAlignment()!);
            Time(timings, round, "shift down", () => session.ShiftTarget(pair.Id, down: true));
            Time(timings, round, "undo", () => session.UndoAlignment()!);
            Time(timings, round, "shift up", () => session.ShiftTarget(pair.Id, down: false));
            Time(timings, round, "undo", () => session.UndoAlignment()!);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store.Location}: {count:N0} pairs, {rounds} rounds"));
        foreach (var (operation, times) in timings)
        {
            var sorted = times.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{operation,-10} n={sorted.Length,5}  p50 {Percentile(sorted, 0.50):F2} ms  p99 {Percentile(sorted, 0.99):F2} ms  max {sorted[^1]:F2} ms"));
        }
        return 0;
    }

    private static void Time(Dictionary<string, List<double>> timings, int round, string operation, Func<AlignmentOutcome> call)
    {
        var watch = Stopwatch.StartNew();
        var outcome = call();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (!outcome.Done)
        {
            throw new InvalidOperationException($"{operation} was refused: {outcome.Message}");
        }
        if (round >= 0)
        {
            (timings.TryGetValue(operation, out var list) ? list : timings[operation] = []).Add(elapsed);
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
}
