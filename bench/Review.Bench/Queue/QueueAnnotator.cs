using System.Diagnostics;
using Review.Core.Pairs;
using Review.Core.Ports;
using Review.Storage.Sqlite;

namespace Review.Bench.Queue;

/// <summary>
/// One annotator of the queue benchmark, on a connection of their own: decides the pair they hold
/// and asks the queue for the next one, STEPS times, PACE_MS apart. The same loop runs on a thread
/// (8 connections in one process) or alone in a child process (8 processes, as 8 `review` have).
/// </summary>
internal sealed class QueueAnnotator(string path, string annotator, int steps, int pace, int overlap)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    public List<double> Claims { get; } = new(steps + 1);

    public List<double> Decisions { get; } = new(steps);

    public int BusyTimeouts { get; private set; }

    /// <summary>Opens the store, then waits in <paramref name="ready"/> so that every annotator starts at once.</summary>
    public void Run(Action ready)
    {
        using var store = ReviewStore.Open(path);
        ready();
        var watch = Stopwatch.StartNew();
        var pair = Retried(() => store.ClaimNextFor(0, annotator, Lease));
        Claims.Add(watch.Elapsed.TotalMilliseconds);
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
            Decisions.Add(watch.Elapsed.TotalMilliseconds);
            if (decided is null)
            {
                throw new InvalidOperationException($"{annotator} was refused pair {pair.Ord}, which the queue gave them");
            }
            watch.Restart();
            pair = Retried(() => store.ClaimNextFor(current.Ord, annotator, Lease));
            Claims.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Retries after the busy timeout as the screen does ("NOT SAVED, retrying"); the wait stays in the sample.</summary>
    private T Retried<T>(Func<T> write)
    {
        while (true)
        {
            try
            {
                return write();
            }
            catch (StoreBusyException)
            {
                BusyTimeouts++;
            }
        }
    }
}
