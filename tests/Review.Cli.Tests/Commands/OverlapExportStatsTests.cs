using System.Text.Json;
using Review.Core.Pairs;

namespace Review.Cli.Tests.Commands;

/// <summary>Under overlap a pair is pending until its decisions are in; export and stats say so, and count every annotator's work.</summary>
public sealed class OverlapExportStatsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_pair_with_one_decision_of_two_exports_as_pending_and_one_with_both_as_the_latest()
    {
        var db = _folder.File("x.db");
        Cli.Run("import", Sample.Corpus, "--db", db, "--no-checks");
        using (var store = StoreFactory.OpenExisting(db))
        {
            store.SetOverlap(2);
            var first = store.FindByOrd(1)!.Id;
            var second = store.FindByOrd(2)!.Id;
            store.DecideOwn(first, null, DecisionKind.Edit, "ana's text", "ana");
            store.DecideOwn(first, null, DecisionKind.Edit, "ben's text", "ben");
            store.DecideOwn(second, null, DecisionKind.Reject, null, "ana");
        }

        Cli.Run("export", "--db", db, "--out", _folder.File("out.jsonl"));
        var rows = File.ReadAllLines(_folder.File("out.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var stats = JsonDocument.Parse(Cli.Run("stats", "--db", db, "--json").Output).RootElement;

        Assert.Equal(("edited", "ben's text"), (rows[0].GetProperty("status").GetString(), rows[0].GetProperty("target").GetString()));
        Assert.Equal("pending", rows[1].GetProperty("status").GetString());
        Assert.Equal((1, 99), (stats.GetProperty("by_status").GetProperty("edited").GetInt64(), stats.GetProperty("by_status").GetProperty("pending").GetInt64()));
        Assert.Equal((2, 1), (stats.GetProperty("by_annotator").GetProperty("ana").GetInt64(), stats.GetProperty("by_annotator").GetProperty("ben").GetInt64()));
    }
}
