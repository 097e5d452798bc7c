namespace Review.Cli.Tests.Commands;

public sealed class ReviewBinaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Version_prints_the_plain_version()
    {
        var run = ReviewBinary.Run("--version");
        Assert.Equal((0, "0.1.0\n"), (run.Exit, run.Output.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Help_lists_the_commands_and_a_quick_start()
    {
        var run = ReviewBinary.Run("--help");
        Assert.Equal(0, run.Exit);
        Assert.Contains("review import data/arxiv-translator-ko.jsonl --db review.db", run.Output);
        foreach (var command in new[] { "import", "export", "stats" })
        {
            Assert.Contains($"  {command}", run.Output);
        }
        Assert.Contains("--on-duplicate", ReviewBinary.Run("import", "--help").Output);
    }

    [Fact]
    public void Import_with_redirected_output_prints_no_progress_bar_and_errors_exit_non_zero()
    {
        var run = ReviewBinary.Run("import", Sample.Corpus, "--db", _folder.File("x.db"));
        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.False(run.Output.Contains('\u001b'), "no escape sequences when not on a terminal");
        var missing = ReviewBinary.Run("import", _folder.File("nope.jsonl"), "--db", _folder.File("x.db"));
        Assert.Equal(1, missing.Exit);
        Assert.StartsWith($"review: {_folder.File("nope.jsonl")}: ", missing.Error);
        Assert.DoesNotContain("   at ", missing.Error, StringComparison.Ordinal);
    }
}
