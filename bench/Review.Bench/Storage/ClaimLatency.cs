using System.Diagnostics;
using System.Globalization;
using Review.Storage.Postgres;

namespace Review.Bench.Storage;

/// <summary>
/// "Next pair" through the queue on a PostgreSQL corpus: N annotators, each on a connection of its
/// own (as N review processes hold), call ClaimNextPending in a loop, moving on from the pair they
/// were handed, and every call is timed. Prints p50, p99 and max over all calls.
/// Usage: claimlatency URL ANNOTATORS CALLS_EACH (the password from PGPASSWORD or ~/.pgpass).
/// </summary>
internal static class ClaimLatency
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public static int Run(string[] args)
    {
        var (url, annotators, calls) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
        var stores = Enumerable.Range(0, annotators).Select(_ => PostgresStore.Open(url)).ToList();
        var timings = new double[annotators][];
        using var start = new Barrier(annotators);
        var threads = Enumerable.Range(0, annotators).Select(a => new Thread(() =>
        {
            var store = stores[a];
            var name = $"bench{a}";
            var times = timings[a] = new double[calls];
            // Annotators start at spread-out places, as people resuming their own positions would.
            var after = store.PairCount() / annotators * a;
            start.SignalAndWait();
            for (var i = 0; i < calls; i++)
            {
                var watch = Stopwatch.StartNew();
                var pair = store.ClaimNextPending(after, name, Lease);
                times[i] = watch.Elapsed.TotalMilliseconds;
                after = pair?.Ord ?? 0;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        stores.ForEach(s =>
        {
            for (var a = 0; a < annotators; a++)
            {
                s.ReleaseClaims($"bench{a}");
            }
            s.Dispose();
        });
        var all = timings.SelectMany(t => t).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{annotators} annotators x {calls} claims: p50 {Percentile(all, 0.50):F2} ms, p99 {Percentile(all, 0.99):F2} ms, max {all[^1]:F2} ms"));
        return 0;
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
}
