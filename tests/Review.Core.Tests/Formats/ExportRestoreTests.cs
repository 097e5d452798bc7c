using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Tests.Encodings;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

public sealed class ExportRestoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ExportRestore _restore;

    public ExportRestoreTests() => _restore = new ExportRestore(_folder);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_export_with_every_status_imports_back_and_exports_byte_for_byte()
    {
        _restore.Decide("one.db", HardCorpus());
        var first = _restore.Export("one.db", "first.jsonl");
        var (second, import) = _restore.Again(first, "two.db");
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Contains("(detected: review export, decisions restored)", import.Description);
        Assert.Equal("restored 6 decisions from a review export", import.RestoreReport);
        var statuses = File.ReadLines(first).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("status").GetString());
        Assert.Equal(["accepted", "fixed", "edited", "rejected", "skipped", "pending", "pending", "edited", "pending", "pending"], statuses);
        var (third, _) = _restore.Again(second, "three.db");
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(third));
    }

    [Fact]
    public void Restored_pairs_keep_source_target_suggestion_metadata_and_decisions_as_recorded()
    {
        _restore.Decide("one.db", HardCorpus());
        _restore.Import("two.db", _restore.Export("one.db", "first.jsonl"));
        using var one = ReviewStore.Open(_folder.File("one.db"));
        using var two = ReviewStore.Open(_folder.File("two.db"));
        for (var i = 1; i <= 10; i++)
        {
            var (a, b) = (one.GetPair(new PairId(i))!, two.GetPair(new PairId(i))!);
            Assert.Equal((a.ExternalId, a.Source, a.Target, a.Suggestion, a.MetadataJson), (b.ExternalId, b.Source, b.Target, b.Suggestion, b.MetadataJson));
            var (da, db) = (one.EffectiveDecision(a.Id), two.EffectiveDecision(b.Id));
            Assert.Equal((da?.Kind, da?.FinalTarget, da?.Annotator, da?.At, da?.Note), (db?.Kind, db?.FinalTarget, db?.Annotator, db?.At, db?.Note));
        }
        Assert.Null(two.GetPair(new PairId(10))!.MetadataJson);
    }

    [Fact]
    public void Stats_status_counts_and_next_pending_see_restored_decisions()
    {
        _restore.Decide("one.db", HardCorpus());
        _restore.Import("two.db", _restore.Export("one.db", "first.jsonl"));
        using var two = ReviewStore.Open(_folder.File("two.db"));
        var stats = two.Stats();
        Assert.Equal(ReviewStoreStatus(one: 1, @fixed: 1, edited: 2, rejected: 1, skipped: 1, pending: 4), stats.ByStatus);
        foreach (var (status, count) in stats.ByStatus)
        {
            Assert.Equal(count, RawSqlite.Number(_folder.File("two.db"), $"SELECT count(*) FROM pairs WHERE status = '{PairNames.Of(status)}'"));
        }
        Assert.Equal(new Dictionary<string, long> { ["ana"] = 3, ["ben"] = 3 }, stats.ByAnnotator);
        Assert.NotNull(stats.LastSession);
        Assert.Equal(4, two.PendingCount());
        Assert.Equal([6L, 7L, 9L, 10L], Pending(two));
        Assert.Equal(PairStatus.Rejected, two.StatusOf(new PairId(4)));
    }

    [Fact]
    public void Undo_after_a_restore_returns_the_annotators_last_restored_pair_to_pending()
    {
        _restore.Decide("one.db", HardCorpus());
        _restore.Import("two.db", _restore.Export("one.db", "first.jsonl"));
        using var two = ReviewStore.Open(_folder.File("two.db"));
        var undo = two.Undo("ben");
        Assert.Equal(new PairId(8), undo!.PairId);
        Assert.Equal(PairStatus.Pending, two.StatusOf(new PairId(8)));
        Assert.Null(two.EffectiveDecision(new PairId(8)));
        Assert.Equal("target 8", two.FinalTarget(new PairId(8)));
        Assert.Equal(5, two.PendingCount());
    }

    [Fact]
    public void A_repaired_column_is_repaired_again_and_exports_byte_for_byte()
    {
        var input = SampleHead(60);
        _restore.Decide("one.db", input);
        var first = _restore.Export("one.db", "first.jsonl");
        var (second, import) = _restore.Again(first, "two.db");
        Assert.NotNull(import.RepairReport);
        Assert.Equal("restored 6 decisions from a review export", import.RestoreReport);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var one = ReviewStore.Open(_folder.File("one.db"));
        using var two = ReviewStore.Open(_folder.File("two.db"));
        var (a, b) = (one.GetPair(new PairId(6))!, two.GetPair(new PairId(6))!);
        Assert.NotEqual(a.Target, a.OriginalTarget);
        Assert.Equal((a.Target, a.OriginalTarget, a.RepairJson), (b.Target, b.OriginalTarget, b.RepairJson));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void When_the_file_shows_another_target_under_review_than_the_repair_gives_the_file_wins(bool repairFirst, bool repairAgain)
    {
        _restore.Decide("one.db", SampleHead(60), ImportRequest.Default with { Repair = repairFirst });
        var first = _restore.Export("one.db", "first.jsonl");
        var (second, import) = _restore.Again(first, "two.db", ImportRequest.Default with { Repair = repairAgain });
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Contains("pairs keep the target under review shown in the file", import.RestoreReport);
        using var two = ReviewStore.Open(_folder.File("two.db"));
        var pending = two.GetPair(new PairId(6))!;
        Assert.Null(pending.RepairJson);
        Assert.Equal(repairFirst, pending.OriginalTarget is not null);
    }

    [Fact]
    public void A_status_subset_of_a_repaired_corpus_imports_back_byte_for_byte()
    {
        _restore.Decide("one.db", SampleHead(60));
        var subset = _restore.Export("one.db", "subset.jsonl", new HashSet<PairStatus> { PairStatus.Pending, PairStatus.Rejected, PairStatus.Edited });
        var (again, _) = _restore.Again(subset, "two.db");
        Assert.Equal(File.ReadAllBytes(subset), File.ReadAllBytes(again));
        Assert.Equal(57, File.ReadLines(again).Count());
    }

    [Fact]
    public void Decisions_land_on_the_restored_pairs_in_a_database_that_already_has_pairs()
    {
        _restore.Decide("one.db", HardCorpus());
        var first = _restore.Export("one.db", "first.jsonl");
        _restore.Import("two.db", SampleHead(3));
        _restore.Import("two.db", first);
        using var two = ReviewStore.Open(_folder.File("two.db"));
        Assert.Equal([PairStatus.Pending, PairStatus.Accepted, PairStatus.Fixed], Enumerable.Range(3, 3).Select(i => two.StatusOf(new PairId(i))));
        Assert.Equal("p1", two.GetPair(new PairId(4))!.ExternalId);
        Assert.Equal(3 + 4, two.PendingCount());
    }

    [Fact]
    public void Field_options_override_detection_and_import_the_export_as_plain_records()
    {
        _restore.Decide("one.db", HardCorpus());
        var first = _restore.Export("one.db", "first.jsonl");
        var import = _restore.Import("two.db", first, fields: new FieldOptions(SourceField: "source", TargetField: "target"));
        Assert.Null(import.RestoreReport);
        Assert.Contains("(as given)", import.Description);
        using var two = ReviewStore.Open(_folder.File("two.db"));
        Assert.Equal(10, two.PendingCount());
        Assert.StartsWith("{\"status\":\"accepted\",\"original_target\":", two.GetPair(new PairId(1))!.MetadataJson);
    }

    private static Dictionary<PairStatus, long> ReviewStoreStatus(long one, long @fixed, long edited, long rejected, long skipped, long pending) =>
        new Dictionary<PairStatus, long>
        {
            [PairStatus.Pending] = pending, [PairStatus.Accepted] = one, [PairStatus.Fixed] = @fixed,
            [PairStatus.Edited] = edited, [PairStatus.Rejected] = rejected, [PairStatus.Skipped] = skipped,
        };

    private static List<long> Pending(ReviewStore store)
    {
        var found = new List<long>();
        for (var pair = store.NextPending(0, "cy"); pair is not null && !found.Contains(pair.Ord); pair = store.NextPending(pair.Ord, "cy"))
        {
            found.Add(pair.Ord);
        }
        return found;
    }

    /// <summary>Ten pairs with hard texts; pair 2 has a suggestion, most have metadata objects, pair 10 none.</summary>
    private string HardCorpus()
    {
        string[] texts =
        [
            "tab\tin the middle\t", "new\nline and\r\nCRLF and lone\rCR\n", "quotes \"double\" and backslashes \\ \\\\ \\n \\u0041",
            "emoji 😀👩‍👩‍👧 and flags 🇰🇷", "lone \ud800 high and \udc00 low", "", "controls \u0001\u001F\u007F\u0085",
            "combining e\u0301 한\u1100\u1161", "RTL עברית \u202Eoverride\u202C zero\u200Bwidth",
        ];
        var lines = texts.Select((text, i) =>
            $"{{\"id\":\"p{i + 1}\",\"source\":{JsonStrings.Quote(text)},\"target\":\"target {i + 1}\",\"suggestion\":{(i == 1 ? JsonStrings.Quote("sugg \ud83d") : "null")}," +
            $"\"domain\": {{ \"a\" : [1, 2.50, \"\\u00e9\"] }},\"n\":{i}}}\n");
        return _folder.Write("in.jsonl", string.Concat(lines) + "{\"id\":\"p10\",\"source\":\"last\",\"target\":\"\"}\n");
    }

    /// <summary>The first lines of the garbled sample corpus, enough for the repair to recognise the column.</summary>
    private string SampleHead(int count) =>
        _folder.Write("sample.jsonl", string.Concat(File.ReadLines(RepoFiles.SampleCorpus).Take(count).Select(l => l + "\n")));
}
