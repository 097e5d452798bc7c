using Review.Cli.Tests.Commands;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>
/// A first import that fails leaves nothing beside the would-be database, through the real binary:
/// no database, no -wal, -shm or -journal, and no verified stamp (which closing the store writes).
/// </summary>
public sealed class FailedFirstImportTests
{
    private const string BrokenJsonl = "{\"source\":\"a\",\"target\":\"b\"}\n{\"source\":\"a\"\n";

    [Fact]
    public void A_failed_review_import_leaves_only_the_input()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("bad.jsonl", BrokenJsonl);

        var run = ReviewBinary.Run("import", bad, "--db", folder.File("x.db"));

        Assert.Equal(1, run.Exit);
        Assert.StartsWith($"review: {bad}:2: broken JSON", run.Error);
        Assert.Equal(["bad.jsonl"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_failed_review_open_of_a_file_leaves_only_the_input()
    {
        Assert.SkipUnless(TmuxSession.Available, "tmux is not installed");
        using var folder = new TempFolder();
        var bad = folder.Write("bad.jsonl", BrokenJsonl);
        using var run = new ReviewRun(bad);

        using (var tmux = run.Open(80, 24))
        {
            var screen = tmux.WaitFor("REVIEW-EXITED-");
            Assert.Contains("REVIEW-EXITED-1", screen);
            Assert.Contains("broken JSON", screen);
        }

        Assert.Equal(["bad.jsonl"], Directory.GetFiles(run.Folder).Select(Path.GetFileName).Order());
    }
}
