using System.Globalization;
using Review.Bench.Screen;
using Review.Storage.Sqlite;

namespace Review.Bench.Queue;

/// <summary>
/// <c>queue [PAIRS] [ANNOTATORS] [STEPS] [PACE_MS] [OVERLAP] [threads|processes]</c>: "next pair"
/// through the team queue with several annotators at once, on a copy of the synthetic screen
/// database. Each annotator (<see cref="QueueAnnotator"/>) has a connection of their own, on a
/// thread of this process or, with <c>processes</c>, in a child process each. Prints the
/// percentiles of the claim ("next pair") and of the decision before it, and the load average.
/// </summary>
public static class QueueLatency
{
    public static int Run(string[] args)
    {
        var pairs = Arg(args, 0, 1_000_000);
        var annotators = Arg(args, 1, 8);
        var steps = Arg(args, 2, 300);
        var pace = Arg(args, 3, 100);
        var overlap = Arg(args, 4, 1);
        var processes = args.Length > 5 && args[5] == "processes";
        var source = ScreenDatabase.Ensure(pairs);
        var path = Path.Combine(Path.GetTempPath(), $"review-bench-queue-{Guid.NewGuid():N}.db");
        File.Copy(source, path);
        try
        {
            if (overlap > 1)
            {
                ForgetDecisions(path);
            }
            using (var setup = ReviewStore.Open(path))
            {
                setup.SetOverlap(overlap);
            }
            var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
            var (claims, decisions, busy) = processes
                ? QueueProcesses.Run(path, annotators, steps, pace, overlap)
                : OnThreads(path, annotators, steps, pace, overlap);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pairs:N0} pairs, {annotators} annotators in {(processes ? "separate processes" : "one process")}, {steps} steps each, pace {pace} ms, overlap {overlap}; load average before {loadBefore}, after {File.ReadAllText("/proc/loadavg").Trim()}"));
            Report("next pair (ClaimNextFor)", claims);
            Report("decision (DecideIfCurrent/DecideOwn)", decisions);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"busy timeouts (5 s without the write lock, then retried): {busy}"));
            return 0;
        }
        finally
        {
            ScreenDatabase.Delete(path);
        }
    }

    private static (List<double> Claims, List<double> Decisions, int BusyTimeouts) OnThreads(string path, int annotators, int steps, int pace, int overlap)
    {
        var runs = Enumerable.Range(1, annotators).Select(i => new QueueAnnotator(path, $"bench{i}", steps, pace, overlap)).ToList();
        using var start = new Barrier(annotators);
        var threads = runs.Select(run => new Thread(() => run.Run(() => start.SignalAndWait()))).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return (runs.SelectMany(r => r.Claims).ToList(), runs.SelectMany(r => r.Decisions).ToList(), runs.Sum(r => r.BusyTimeouts));
    }

    /// <summary>Overlap is chosen before the first decision; the screen benchmarks leave a few in the shared database.</summary>
    private static void ForgetDecisions(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE pairs SET status = 'pending', decision_id = NULL WHERE decision_id IS NOT NULL; DELETE FROM decisions;";
        command.ExecuteNonQuery();
    }

    private static void Report(string what, IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: n={sorted.Length} p50={At(0.50):0.00} ms p90={At(0.90):0.00} ms p99={At(0.99):0.00} ms max={sorted[^1]:0.00} ms"));
    }

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
}
