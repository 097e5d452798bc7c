namespace Review.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Imports_the_sample_corpus_and_says_which_fields_it_chose()
    {
        var run = Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"));
        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.Contains("jsonl, source=text, target=arxiv-translator, suggestion=(none), id=id (detected: text plus one other string field), languages en-ko", run.Output);
        Assert.Contains("read 100, imported 100, skipped 0\n", run.Output.ReplaceLineEndings("\n"));
        Assert.EndsWith("arxiv-translator: 100 of 100 rows repaired from UTF-8-as-Windows-874; 3,423 characters guessed\n", run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_garbled_column_is_repaired_for_review_and_exported_as_it_came_in_as_original_target()
    {
        Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"));
        var export = Cli.Run("export", "--db", _folder.File("x.db"), "--out", _folder.File("out.jsonl"));
        Assert.Equal(0, export.Exit);
        var first = System.Text.Json.JsonDocument.Parse(File.ReadLines(_folder.File("out.jsonl")).First()).RootElement;
        var raw = System.Text.Json.JsonDocument.Parse(File.ReadLines(Sample.Corpus).First()).RootElement;
        Assert.Contains("인터넷의 확산으로 인해", first.GetProperty("target").GetString());
        Assert.Equal(raw.GetProperty("arxiv-translator").GetString(), first.GetProperty("original_target").GetString());
    }

    [Fact]
    public void Import_runs_the_checks_and_a_later_check_run_agrees_and_keeps_the_repair_findings()
    {
        Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"));
        var stats = System.Text.Json.JsonDocument.Parse(Cli.Run("stats", "--db", _folder.File("x.db"), "--json").Output).RootElement;
        var byCheck = stats.GetProperty("findings_by_check");
        Assert.True(byCheck.GetProperty("encoding").GetInt32() >= 100);
        Assert.True(byCheck.GetProperty("citation").GetInt32() > 0);
        var check = Cli.Run("check", "--db", _folder.File("x.db"));
        Assert.Equal(0, check.Exit);
        Assert.Contains("100 pairs checked, 100 with findings, 0 updated", check.Output);
    }

    [Fact]
    public void No_checks_imports_without_findings()
    {
        Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"), "--no-checks", "--no-repair");
        var stats = System.Text.Json.JsonDocument.Parse(Cli.Run("stats", "--db", _folder.File("x.db"), "--json").Output).RootElement;
        Assert.Empty(stats.GetProperty("findings_by_check").EnumerateObject());
    }

    [Fact]
    public void No_repair_keeps_the_garbled_target_under_review()
    {
        var run = Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"), "--no-repair");
        Assert.Equal(0, run.Exit);
        Assert.DoesNotContain("repaired", run.Output);
        Cli.Run("export", "--db", _folder.File("x.db"), "--out", _folder.File("out.jsonl"));
        var first = System.Text.Json.JsonDocument.Parse(File.ReadLines(_folder.File("out.jsonl")).First()).RootElement;
        var raw = System.Text.Json.JsonDocument.Parse(File.ReadLines(Sample.Corpus).First()).RootElement;
        Assert.Equal(raw.GetProperty("arxiv-translator").GetString(), first.GetProperty("target").GetString());
    }

    [Fact]
    public void A_second_import_of_the_same_content_is_a_no_op_that_says_so()
    {
        Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"));
        var run = Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"));
        Assert.Equal(0, run.Exit);
        Assert.Contains("already imported into this database (same content); nothing to do", run.Output);
        Assert.Contains("\"pairs\": 100", Cli.Run("stats", "--db", _folder.File("x.db"), "--json").Output);
    }

    [Fact]
    public void Bad_input_prints_file_line_and_problem_on_stderr_and_imports_nothing()
    {
        var bad = _folder.Write("bad.jsonl", "{\"source\":\"a\",\"target\":\"b\"}\n{\"source\":\"a\"\n");
        var run = Cli.Run("import", bad, "--db", _folder.File("x.db"));
        Assert.Equal(1, run.Exit);
        Assert.Equal("", run.Output);
        Assert.StartsWith($"review: {bad}:2: broken JSON", run.Error);
        // A failed first import leaves no database behind.
        Assert.False(File.Exists(_folder.File("x.db")));
    }

    [Fact]
    public void Explicit_fields_languages_and_moses_pairs_work_from_the_command_line()
    {
        var tsv = _folder.Write("p.tsv", "key\teng\tkor\tfix\nk1\tHello\t안녕\t안녕하세요\n");
        var en = _folder.Write("m.en", "one\ntwo\n");
        var ko = _folder.Write("m.ko", "하나\n둘\n");
        var run = Cli.Run("import", tsv, en, ko, "--db", _folder.File("x.db"), "--source-field", "eng", "--target-field", "kor",
            "--suggestion-field", "fix", "--id-field", "key", "--lang", "en-ko");
        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.Contains("source=eng, target=kor, suggestion=fix, id=key (as given)", run.Output);
        Assert.Contains($"{en} + {ko}: moses", run.Output);
        Assert.Contains("\"pairs\": 3", Cli.Run("stats", "--db", _folder.File("x.db"), "--json").Output);
    }

    [Fact]
    public void Duplicates_fail_by_default_and_are_skipped_and_reported_on_request()
    {
        var dup = _folder.Write("dup.jsonl", "{\"id\":\"a\",\"source\":\"1\",\"target\":\"2\"}\n{\"id\":\"a\",\"source\":\"3\",\"target\":\"4\"}\n");
        var failed = Cli.Run("import", dup, "--db", _folder.File("x.db"));
        Assert.Equal(1, failed.Exit);
        Assert.Contains($"review: {dup}:2: 1 duplicate ids", failed.Error);
        var skipped = Cli.Run("import", dup, "--db", _folder.File("x.db"), "--on-duplicate", "skip");
        Assert.Equal(0, skipped.Exit);
        Assert.Contains("read 2, imported 1, skipped 1 (duplicate id: 1)", skipped.Output);
    }

    [Theory]
    [InlineData("--lang", "english")]
    [InlineData("--format", "xlsx")]
    public void Bad_options_are_errors_before_the_database_is_touched(string option, string value)
    {
        var run = Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"), option, value);
        Assert.NotEqual(0, run.Exit);
        Assert.Contains(value, run.Error);
        Assert.False(File.Exists(_folder.File("x.db")));
    }
}
