// A stand-in annotator for the storage concurrency and crash tests: it records COUNT decisions on
// the pairs of DB in turn and prints "ack <decision id> <note>" only after each commit returned,
// so a test can check that every acknowledged decision survived other writers or a kill -9.
using System.Globalization;
using Review.Core.Pairs;
using Review.Core.Storage;

if (args.Length != 4
    || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var count)
    || !int.TryParse(args[3], CultureInfo.InvariantCulture, out var busyMs))
{
    Console.Error.WriteLine("usage: Review.StoreWriter DB ANNOTATOR COUNT BUSY_TIMEOUT_MS");
    return 64;
}
var (path, annotator) = (args[0], args[1]);
DecisionKind[] kinds = [DecisionKind.Accept, DecisionKind.Edit, DecisionKind.Reject, DecisionKind.Skip];
try
{
    using var store = ReviewStore.Open(path, new StoreOptions(TimeSpan.FromMilliseconds(busyMs)));
    var pairs = store.PairCount();
    for (var i = 0; i < count; i++)
    {
        var kind = kinds[i % kinds.Length];
        var note = $"{annotator}#{i}";
        var text = kind == DecisionKind.Edit ? $"edited by {note}" : null;
        var decision = store.Decide(new PairId(i % pairs + 1), kind, text, annotator, note);
        Console.Out.WriteLine($"ack {decision.Id} {note}");
    }
    return 0;
}
catch (Exception e) when (e is StoreException or StoreBusyException)
{
    Console.Error.WriteLine($"{e.GetType().Name}: {e.Message}");
    return 1;
}
