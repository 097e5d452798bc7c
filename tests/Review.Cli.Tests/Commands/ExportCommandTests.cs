namespace Review.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ExportCommandTests() => Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"));

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("out.jsonl", null)]
    [InlineData("out.tsv", null)]
    [InlineData("out.csv", null)]
    [InlineData("pairs.txt", "csv")]
    [InlineData("out.tmx", null)]
    [InlineData("corpus", "moses")]
    public void Exports_every_format_and_reconciles_counts(string name, string? format)
    {
        string[] args = ["export", "--db", _folder.File("x.db"), "--out", _folder.File(name), .. format is null ? Array.Empty<string>() : ["--format", format]];
        var run = Cli.Run(args);
        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.StartsWith("read 100 pairs, wrote 100 to ", run.Output);
    }

    [Fact]
    public void The_jsonl_export_has_the_sample_texts_with_the_garbled_target_kept_as_original_target()
    {
        Cli.Run("export", "--db", _folder.File("x.db"), "--out", _folder.File("out.jsonl"));
        var original = File.ReadAllLines(Sample.Corpus).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var exported = File.ReadAllLines(_folder.File("out.jsonl")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(original.Select(o => o.GetProperty("text").GetString()), exported.Select(e => e.GetProperty("source").GetString()));
        Assert.Equal(original.Select(o => o.GetProperty("arxiv-translator").GetString()), exported.Select(e => e.GetProperty("original_target").GetString()));
    }

    [Fact]
    public void An_existing_file_needs_force()
    {
        var path = _folder.Write("out.jsonl", "old");
        var refused = Cli.Run("export", "--db", _folder.File("x.db"), "--out", path);
        Assert.Equal((1, $"review: {path} already exists; pass --force to replace it\n"), (refused.Exit, refused.Error.ReplaceLineEndings("\n")));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(0, Cli.Run("export", "--db", _folder.File("x.db"), "--out", path, "--force").Exit);
    }

    [Fact]
    public void Status_selects_pairs_and_unknown_statuses_are_refused()
    {
        var none = Cli.Run("export", "--db", _folder.File("x.db"), "--out", _folder.File("done.jsonl"), "--status", "accepted,fixed,edited");
        Assert.Equal("read 0 pairs, wrote 0 to " + _folder.File("done.jsonl"), none.Output.Trim());
        var bad = Cli.Run("export", "--db", _folder.File("x.db"), "--out", _folder.File("b.jsonl"), "--status", "accepted,done");
        Assert.Equal(1, bad.Exit);
        Assert.Contains("unknown status \"done\"", bad.Error);
    }

    [Fact]
    public void A_missing_database_is_an_error_and_is_not_created()
    {
        var run = Cli.Run("export", "--db", _folder.File("none.db"), "--out", _folder.File("o.jsonl"));
        Assert.Equal(1, run.Exit);
        Assert.Contains("no such database", run.Error);
        Assert.False(File.Exists(_folder.File("none.db")));
    }

    [Fact]
    public void An_unknown_extension_needs_format()
    {
        var run = Cli.Run("export", "--db", _folder.File("x.db"), "--out", _folder.File("o.txt"));
        Assert.Equal(1, run.Exit);
        Assert.Contains("pass --format", run.Error);
    }
}
