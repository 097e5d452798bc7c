using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Review.Core.Formats;

/// <summary>
/// Runs an enumeration on a worker thread, a few batches ahead of the consumer, so parsing a file
/// overlaps with writing to SQLite (and reading SQLite with writing an export). The queue is
/// bounded, so memory stays flat; an exception from the source is rethrown to the consumer.
/// </summary>
public static class Prefetch
{
    private const int BatchSize = 256;
    private const int QueuedBatches = 8;

    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source)
    {
        using var queue = new BlockingCollection<List<T>>(QueuedBatches);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Run(() =>
        {
            try
            {
                Produce(source, queue, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early; nothing more is wanted.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }
            producer.Wait();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Wait();
        }
    }

    private static void Produce<T>(IEnumerable<T> source, BlockingCollection<List<T>> queue, CancellationToken stop)
    {
        var batch = new List<T>(BatchSize);
        foreach (var item in source)
        {
            batch.Add(item);
            if (batch.Count == BatchSize)
            {
                queue.Add(batch, stop);
                batch = new List<T>(BatchSize);
            }
        }
        if (batch.Count > 0)
        {
            queue.Add(batch, stop);
        }
    }
}
