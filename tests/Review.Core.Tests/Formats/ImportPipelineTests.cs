using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

/// <summary>Checked chunks run side by side; what is stored must still be each pair's own, in file order.</summary>
public sealed class ImportPipelineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Pairs_and_their_findings_stay_together_and_in_file_order_across_many_chunks()
    {
        const int count = 5_000;
        // Every seventh target doubles a word, so its repeat finding pins it to its own pair.
        var lines = Enumerable.Range(0, count).Select(i =>
            $"{{\"id\":\"p{i}\",\"source\":\"Sentence number {i} is here.\",\"target\":\"{(i % 7 == 0 ? "문장 문장" : "문장")} {i} 번입니다.\"}}\n");
        var path = _folder.Write("many.jsonl", string.Concat(lines));
        using var store = ReviewStore.Open(_folder.File("many.db"));

        var result = new PairImporter(store, ImportRequest.Default with { Checks = CheckConfig.Default })
            .Import(new ImportInput(PairFormat.Jsonl, [path]));

        Assert.Equal(count, result.Imported);
        var rows = store.ExportRows(null).ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"p{i}"), rows.Select(r => r.Id));
        for (var i = 0; i < count; i++)
        {
            var pair = store.FindByExternalId($"p{i}")!;
            Assert.EndsWith($" {i} 번입니다.", pair.Target);
            Assert.Equal(i % 7 == 0, store.Findings(pair.Id).Any(f => f.CheckId == "repeat"));
        }
    }
}
