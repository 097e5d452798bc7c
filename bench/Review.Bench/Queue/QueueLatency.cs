using System.Diagnostics;
using System.Globalization;
using Review.Bench.Screen;
using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Bench.Queue;

/// <summary>
/// <c>queue [PAIRS] [ANNOTATORS] [STEPS] [PACE_MS] [OVERLAP]</c>: "next pair" through the team queue
/// with several annotators at once, each on a connection of their own (as each process has), on a
/// copy of the synthetic screen database. Each annotator decides the pair they hold and asks the
/// queue for the next one, STEPS times, PACE_MS apart (0: flat out). Prints the percentiles of the
/// claim ("next pair") and of the decision before it.
/// </summary>
public static class QueueLatency
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    public static int Run(string[] args)
    {
        var pairs = Arg(args, 0, 1_000_000);
        var annotators = Arg(args, 1, 8);
        var steps = Arg(args, 2, 300);
        var pace = Arg(args, 3, 100);
        var overlap = Arg(args, 4, 1);
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
            var claims = new List<double>[annotators];
            var decisions = new List<double>[annotators];
            using var start = new Barrier(annotators);
            var threads = Enumerable.Range(0, annotators).Select(i => new Thread(() =>
            {
                (claims[i], decisions[i]) = Annotate(path, $"bench{i + 1}", steps, pace, overlap, start);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pairs:N0} pairs, {annotators} annotators, {steps} steps each, pace {pace} ms, overlap {overlap}; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
            Report("next pair (ClaimNextFor)", claims.SelectMany(c => c));
            Report("decision (DecideIfCurrent/DecideOwn)", decisions.SelectMany(d => d));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"busy timeouts (5 s without the write lock, then retried): {_busyTimeouts}"));
            return 0;
        }
        finally
        {
            ScreenDatabase.Delete(path);
        }
    }

    private static (List<double> Claims, List<double> Decisions) Annotate(string path, string annotator, int steps, int pace, int overlap, Barrier start)
    {
        var claims = new List<double>(steps);
        var decisions = new List<double>(steps);
        using var store = ReviewStore.Open(path);
        start.SignalAndWait();
        var watch = new Stopwatch();
        watch.Restart();
        var pair = store.ClaimNextFor(0, annotator, Lease);
        claims.Add(watch.Elapsed.TotalMilliseconds);
        for (var step = 0; step < steps && pair is not null; step++)
        {
            if (pace > 0)
            {
                Thread.Sleep(pace);
            }
            watch.Restart();
            var current = pair;
            var decided = Retried(() => overlap > 1
                ? store.DecideOwn(current.Id, null, DecisionKind.Accept, null, annotator)
                : store.DecideIfCurrent(current.Id, null, DecisionKind.Accept, null, annotator));
            decisions.Add(watch.Elapsed.TotalMilliseconds);
            if (decided is null)
            {
                throw new InvalidOperationException($"{annotator} was refused pair {pair.Ord}, which the queue gave them");
            }
            watch.Restart();
            pair = Retried(() => store.ClaimNextFor(current.Ord, annotator, Lease));
            claims.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (claims, decisions);
    }

    /// <summary>Retries after the busy timeout as the screen does ("NOT SAVED, retrying"); the wait stays in the sample.</summary>
    private static T Retried<T>(Func<T> write)
    {
        while (true)
        {
            try
            {
                return write();
            }
            catch (Review.Core.Ports.StoreBusyException)
            {
                Interlocked.Increment(ref _busyTimeouts);
            }
        }
    }

    private static int _busyTimeouts;

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
