using System.CommandLine;
using System.Text.Json;
using Review.Cli.Commands;
using Review.Core.Formats;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("review-check-").FullName;
    private readonly string _db;

    public CheckCommandTests()
    {
        _db = Path.Combine(_folder, "corpus.db");
        using var store = ReviewStore.Open(_db);
        using var batch = store.BeginImport("sample.jsonl", "hash-1", "jsonl", "en", "ko");
        batch.Add(new NewPair(new PairRecord(1, "clean", "We trained 3 models [12].", "우리는 3개의 모델을 학습했다[12].", null, null)));
        batch.Add(new NewPair(new PairRecord(2, "doubled", "We train the model.", "우리는 모델을 모델을 학습한다.", null, null)));
        batch.Add(new NewPair(new PairRecord(3, "number", "The learning rate was 3e-5.", "학습률은 3e-4였다.", null, null)));
        batch.Add(new NewPair(new PairRecord(4, "bidi", "We train models.", "우리는 \u202E모델을\u200B 학습한다.", null, null)));
        batch.Commit();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_prints_one_object_per_finding_and_stores_the_findings()
    {
        var (exit, output, _) = Run("check", "--db", _db, "--json");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var repeat = Assert.Single(lines, l => l.GetProperty("check").GetString() == "repeat");
        Assert.Equal("doubled", repeat.GetProperty("id").GetString());
        Assert.Equal("warning", repeat.GetProperty("severity").GetString());
        Assert.Equal("\"모델을\" is repeated in target", repeat.GetProperty("message").GetString());
        Assert.Equal("우리는 모델을 학습한다.", repeat.GetProperty("suggestion").GetString());
        Assert.Equal(JsonValueKind.Array, repeat.GetProperty("source_spans").ValueKind);
        var span = Assert.Single(repeat.GetProperty("target_spans").EnumerateArray());
        Assert.Equal(4, span.GetProperty("start").GetInt32());
        Assert.Equal(7, span.GetProperty("length").GetInt32());

        var missing = Assert.Single(lines, l => l.GetProperty("message").GetString() == "number 3e-5 in source is missing from target");
        Assert.Equal("number", missing.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("suggestion").ValueKind);
        Assert.DoesNotContain(lines, l => l.GetProperty("id").GetString() == "clean");

        var bidi = Assert.Single(lines, l => l.GetProperty("id").GetString() == "bidi" && l.GetProperty("check").GetString() == "control"
            && l.GetProperty("message").GetString() == "bidi control character in target");
        Assert.Equal("우리는 모델을\u200B 학습한다.", bidi.GetProperty("suggestion").GetString());
        Assert.DoesNotContain('\u202E', output);
        Assert.DoesNotContain('\u200B', output);

        using var store = ReviewStore.Open(_db);
        Assert.Contains(store.Findings(store.FindByExternalId("doubled")!.Id), f => f.CheckId == "repeat");
        Assert.Empty(store.Findings(store.FindByExternalId("clean")!.Id));
    }

    [Fact]
    public void Summary_counts_by_check_and_severity_and_a_rerun_changes_nothing()
    {
        var (exit, output, _) = Run("check", "--db", _db);
        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^repeat\s+0\s+1\s+0\s+1\s*$", output);
        Assert.Matches(@"(?m)^number\s+1\s+1\s+0\s+2\s*$", output);
        Assert.Contains("4 pairs checked, 3 with findings, 3 updated", output);

        var (_, again, _) = Run("check", "--db", _db);
        Assert.Contains("4 pairs checked, 3 with findings, 0 updated", again);
    }

    [Fact]
    public void Config_next_to_the_database_switches_a_check_off()
    {
        File.WriteAllText(Path.Combine(_folder, "review.toml"), "[check.repeat]\nenabled = false\n");
        var (exit, output, error) = Run("check", "--db", _db, "--json");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("\"check\":\"repeat\"", output);
        Assert.Contains("review.toml", error);
    }

    [Fact]
    public void Explicit_json_config_is_used()
    {
        var config = Path.Combine(_folder, "strict.json");
        File.WriteAllText(config, """{ "check": { "number": { "enabled": false } } }""");
        var (exit, output, _) = Run("check", "--db", _db, "--config", config, "--json");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("\"check\":\"number\"", output);
        Assert.Contains("\"check\":\"repeat\"", output);
    }

    [Fact]
    public void Broken_config_is_a_message_naming_file_and_line()
    {
        File.WriteAllText(Path.Combine(_folder, "review.toml"), "[check.repeat]\nenabled = perhaps\n");
        var (exit, output, error) = Run("check", "--db", _db);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("review.toml:2:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Missing_database_is_an_error_and_is_not_created()
    {
        var missing = Path.Combine(_folder, "nope.db");
        var (exit, _, error) = Run("check", "--db", missing);
        Assert.Equal(1, exit);
        Assert.Contains("no such database", error);
        Assert.False(File.Exists(missing));
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(CheckCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
