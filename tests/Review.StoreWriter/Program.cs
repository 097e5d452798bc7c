// A stand-in for the review binary in the storage multi-process tests. It prints a line only after
// the store returned, so a test that kills it knows exactly what was acknowledged:
//   decide DB ANNOTATOR COUNT BUSY_TIMEOUT_MS  records COUNT decisions, "ack <decision id> <note>" each
//   import DB COUNT                            imports COUNT pairs in one batch, "row <n>" every 100
using System.Globalization;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;
using Review.Storage.Sqlite;

try
{
    return args switch
    {
        ["decide", var path, var annotator, var count, var busyMs] => Decide(path, annotator, Number(count), Number(busyMs)),
        ["import", var path, var count] => Import(path, Number(count)),
        _ => Usage(),
    };
}
catch (Exception e) when (e is StoreException or StoreBusyException)
{
    Console.Error.WriteLine($"{e.GetType().Name}: {e.Message}");
    return 1;
}

static int Decide(string path, string annotator, int count, int busyMs)
{
    DecisionKind[] kinds = [DecisionKind.Accept, DecisionKind.Edit, DecisionKind.Reject, DecisionKind.Skip];
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

static int Import(string path, int count)
{
    using var store = ReviewStore.Open(path);
    var name = $"bulk-{Environment.ProcessId}";
    using var batch = store.BeginImport($"{name}.tsv", name, "tsv", "en", "ko");
    for (var i = 1; i <= count; i++)
    {
        batch.Add(new NewPair(new PairRecord(i, $"{name}-{i}", $"source text number {i}", $"대상 문장 {i}", null, null)));
        if (i % 100 == 0)
        {
            Console.Out.WriteLine($"row {i}");
        }
    }
    batch.Commit();
    Console.Out.WriteLine("committed");
    return 0;
}

static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: Review.StoreWriter decide DB ANNOTATOR COUNT BUSY_TIMEOUT_MS | import DB COUNT");
    return 64;
}
