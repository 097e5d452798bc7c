using System.Text.Json;
using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Commands;

/// <summary>Review's own JSONL export, imported again with the real <c>review</c> binary.</summary>
public sealed class ExportRestoreCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Import_of_an_export_restores_the_decisions_and_exports_the_same_bytes()
    {
        var sample = _folder.Write("sample.jsonl", string.Concat(File.ReadLines(Sample.Corpus).Take(50).Select(l => l + "\n")));
        Assert.Equal(0, ReviewBinary.Run("import", sample, "--db", _folder.File("one.db")).Exit);
        using (var store = ReviewStore.Open(_folder.File("one.db")))
        {
            store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");
            store.Decide(new PairId(2), DecisionKind.Edit, "고친 \"문장\"\n둘째 줄", "ana", "note, with \\ and \t");
            store.Decide(new PairId(3), DecisionKind.TakeSuggestion, "제안", "ben");
            store.Decide(new PairId(4), DecisionKind.Reject, null, "ben", "garbled beyond repair");
            store.Decide(new PairId(5), DecisionKind.Skip, null, "ben");
        }
        Assert.Equal(0, ReviewBinary.Run("export", "--db", _folder.File("one.db"), "--out", _folder.File("first.jsonl")).Exit);

        var import = ReviewBinary.Run("import", _folder.File("first.jsonl"), "--db", _folder.File("two.db"));
        Assert.Equal((0, ""), (import.Exit, import.Error));
        Assert.Contains(
            "first.jsonl: jsonl, source=source, target=original_target, suggestion=suggestion, id=id (detected: review export, decisions restored), languages en-ko",
            import.Output);
        Assert.Contains("restored 5 decisions from a review export\n", import.Output.ReplaceLineEndings("\n"));
        Assert.Equal(0, ReviewBinary.Run("export", "--db", _folder.File("two.db"), "--out", _folder.File("second.jsonl")).Exit);

        Assert.Equal(File.ReadAllBytes(_folder.File("first.jsonl")), File.ReadAllBytes(_folder.File("second.jsonl")));
        Assert.Equal(ByStatus("one.db"), ByStatus("two.db"));
        Assert.Equal("""{"pending":45,"accepted":1,"fixed":1,"edited":1,"rejected":1,"skipped":1}""", ByStatus("two.db"));
    }

    [Fact]
    public void A_bad_status_fails_the_import_with_file_line_and_problem()
    {
        Assert.Equal(0, ReviewBinary.Run("import", Sample.Corpus, "--db", _folder.File("one.db"), "--no-checks").Exit);
        ReviewBinary.Run("export", "--db", _folder.File("one.db"), "--out", _folder.File("first.jsonl"));
        var lines = File.ReadAllLines(_folder.File("first.jsonl"));
        lines[2] = lines[2].Replace("\"status\":\"pending\"", "\"status\":\"approved\"", StringComparison.Ordinal);
        var bad = _folder.Write("bad.jsonl", string.Join("\n", lines) + "\n");

        var run = ReviewBinary.Run("import", bad, "--db", _folder.File("two.db"));
        Assert.Equal((1, ""), (run.Exit, run.Output));
        Assert.Equal(
            $"review: {bad}:3: unknown status \"approved\" (expected pending, accepted, fixed, edited, rejected or skipped)\n",
            run.Error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(_folder.File("two.db")));
    }

    private string ByStatus(string db)
    {
        var stats = JsonDocument.Parse(ReviewBinary.Run("stats", "--db", _folder.File(db), "--json").Output).RootElement;
        return stats.GetProperty("by_status").GetRawText().Replace(" ", "", StringComparison.Ordinal).ReplaceLineEndings("");
    }
}
