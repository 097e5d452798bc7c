using System.Text.Json;
using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Commands;

public sealed class ExportWithDecisionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_record_lists_every_annotators_current_decision_and_marks_the_adjudicated_one()
    {
        var db = TeamCorpus.Create(_folder);
        using (var lead = ReviewStore.Open(db))
        {
            var current = lead.EffectiveDecision(new PairId(3))!.Id;
            lead.Adjudicate(new PairId(3), current, DecisionKind.Edit, "세 번째 문장이다.", "lead");
        }

        var run = Cli.Run("export", "--db", db, "--out", _folder.File("out.jsonl"), "--with-decisions");

        Assert.Equal((0, ""), (run.Exit, run.Error));
        var records = File.ReadAllLines(_folder.File("out.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, records.Count);
        var two = Decisions(records[1]);
        Assert.Equal([("ana", "accept", "문장 번호 2.", false), ("ben", "reject", null, false)], two.Select(d => (d.Annotator, d.Kind, d.Text, d.Adjudicated)));
        var three = Decisions(records[2]);
        Assert.Equal([("ana", "edit", "세 번째 문장.", false), ("ben", "edit", "세번째 문장이다.", false), ("lead", "edit", "세 번째 문장이다.", true)],
            three.Select(d => (d.Annotator, d.Kind, d.Text, d.Adjudicated)));
        // The record's own target and status are the final decision's: the adjudication.
        Assert.Equal(("세 번째 문장이다.", "edited", "lead"),
            (records[2].GetProperty("target").GetString(), records[2].GetProperty("status").GetString(), records[2].GetProperty("annotator").GetString()));
        Assert.All(three, d => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", d.At));
        Assert.Empty(Decisions(records[5]));
    }

    [Fact]
    public void The_export_imports_again_as_reviews_own_with_the_final_decision_restored()
    {
        var db = TeamCorpus.Create(_folder);
        Cli.Run("export", "--db", db, "--out", _folder.File("out.jsonl"), "--with-decisions");

        var run = Cli.Run("import", _folder.File("out.jsonl"), "--db", _folder.File("again.db"));

        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.Contains("detected: review export, decisions restored", run.Output);
        Cli.Run("export", "--db", db, "--out", _folder.File("first.jsonl"));
        Cli.Run("export", "--db", _folder.File("again.db"), "--out", _folder.File("second.jsonl"));
        Assert.Equal(File.ReadAllText(_folder.File("first.jsonl")), File.ReadAllText(_folder.File("second.jsonl")));
    }

    [Fact]
    public void Without_the_option_the_records_are_as_before()
    {
        var db = TeamCorpus.Create(_folder);

        Cli.Run("export", "--db", db, "--out", _folder.File("out.jsonl"));

        Assert.DoesNotContain("\"decisions\"", File.ReadAllText(_folder.File("out.jsonl")));
    }

    [Fact]
    public void Another_format_is_refused_in_one_line_and_writes_nothing()
    {
        var db = TeamCorpus.Create(_folder);

        var run = Cli.Run("export", "--db", db, "--out", _folder.File("out.tmx"), "--with-decisions");

        Assert.Equal(1, run.Exit);
        Assert.Equal($"review: {_folder.File("out.tmx")}: --with-decisions is for JSONL exports only (this one is tmx)", run.Error.TrimEnd());
        Assert.False(File.Exists(_folder.File("out.tmx")));
    }

    private static List<(string Annotator, string Kind, string? Text, string At, bool Adjudicated)> Decisions(JsonElement record) =>
        record.GetProperty("decisions").EnumerateArray().Select(d => (
            d.GetProperty("annotator").GetString()!,
            d.GetProperty("kind").GetString()!,
            d.GetProperty("text").GetString(),
            d.GetProperty("at").GetString()!,
            d.GetProperty("adjudicated").GetBoolean())).ToList();
}
