using Review.Core.Formats;
using Review.Core.Ports;

namespace Review.Tests.Shared;

/// <summary>Imports small synthetic corpora: pair i has id "{prefix}{i}", and even pairs carry a suggestion.</summary>
internal static class SampleCorpus
{
    public static ImportInfo Import(IImportSink store, int count, string prefix = "p", string? hash = null)
    {
        using var batch = store.BeginImport($"{prefix}.jsonl", hash ?? $"hash-{prefix}-{count}", "jsonl", "en", "ko");
        for (var i = 1; i <= count; i++)
        {
            batch.Add(new NewPair(Record(i, prefix)));
        }
        return batch.Commit();
    }

    public static PairRecord Record(int i, string prefix = "p") => new(
        i,
        $"{prefix}{i}",
        $"source {i}",
        $"target {i}",
        i % 2 == 0 ? $"suggestion {i}" : null,
        $$"""{"n":{{i}}}""");
}
