using System.Diagnostics;
using Review.Cli.Tests.Commands;

namespace Review.Cli.Tests.Faults;

/// <summary>Exports are atomic as a set, never land on a database, and leave no temp files behind, even after kill -9.</summary>
public sealed class ExportSetTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void When_the_second_Moses_file_cannot_be_placed_the_first_is_taken_back()
    {
        var db = FaultCorpus.Database(_temp.File("review.db"), 20);
        var target = _temp.File("corpus");
        // A folder where .ko (the target file) should go: the .en is renamed into place first, then .ko fails.
        Directory.CreateDirectory(target + ".ko");
        File.WriteAllText(Path.Combine(target + ".ko", "keep"), "x");

        var run = ReviewBinary.Run("export", "--db", db, "--out", target, "--format", "moses");

        FaultCorpus.FailsWithOneLine(run, "corpus.ko");
        Assert.False(File.Exists(target + ".en"), "the .en of a failed set was left in place");
        Assert.Empty(FaultCorpus.Leftovers(_temp.Path));
    }

    [Fact]
    public void Force_over_an_older_Moses_export_never_leaves_a_new_src_beside_an_old_tgt()
    {
        var db = FaultCorpus.Database(_temp.File("review.db"), 200);
        var target = _temp.File("corpus");
        Assert.Equal(0, ReviewBinary.Run("export", "--db", db, "--out", target, "--format", "moses", "--status", "accepted").Exit);
        var oldSource = File.ReadAllText(target + ".en");
        var oldTarget = File.ReadAllText(target + ".ko");
        CliRun run;
        // A mount point cannot be renamed (EBUSY): the old .ko cannot be moved aside, after the old .en was.
        using (ReadOnlyView.OfFile(target + ".ko"))
        {
            run = ReviewBinary.Run("export", "--db", db, "--out", target, "--format", "moses", "--force");
        }

        FaultCorpus.FailsWithOneLine(run, "corpus.ko", "the older files were left as they were");
        Assert.Equal(oldSource, File.ReadAllText(target + ".en"));
        Assert.Equal(oldTarget, File.ReadAllText(target + ".ko"));
        Assert.Equal(100, File.ReadAllLines(target + ".en").Length);
        Assert.Empty(FaultCorpus.Leftovers(_temp.Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_export_onto_the_database_itself_is_refused_even_with_force(bool force)
    {
        var db = FaultCorpus.Database(_temp.File("review.db"), 10);
        string[] args = ["export", "--db", db, "--out", db, "--format", "jsonl"];

        var run = ReviewBinary.Run(force ? [.. args, "--force"] : args);

        FaultCorpus.FailsWithOneLine(run, "review.db", "the database being exported");
        Assert.Equal((10, 5), FaultCorpus.Counts(db));
    }

    [Fact]
    public void An_export_onto_another_database_is_refused()
    {
        var db = FaultCorpus.Database(_temp.File("review.db"), 10);
        var other = FaultCorpus.Database(_temp.File("other.db"), 4);

        var run = ReviewBinary.Run("export", "--db", db, "--out", other, "--format", "jsonl", "--force");

        FaultCorpus.FailsWithOneLine(run, "other.db", "SQLite database");
        Assert.Equal((4, 2), FaultCorpus.Counts(other));
    }

    [Fact]
    public void A_kill_9_mid_export_leaves_a_temp_file_that_the_next_export_removes()
    {
        var db = FaultCorpus.Database(_temp.File("review.db"), 20);
        var out1 = _temp.File("out.jsonl");
        // A big export, so that it is still writing when killed.
        var big = FaultCorpus.Jsonl(_temp.File("big.jsonl"), 40_000, first: 1000, padding: 1500);
        Assert.Equal(0, ReviewBinary.Run("import", big, "--db", db, "--no-checks").Exit);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "review.dll"), "export", "--db", db, "--out", out1])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var export = Process.Start(start)!)
        {
            var watch = Stopwatch.StartNew();
            while (FaultCorpus.Leftovers(_temp.Path).Count == 0 && !export.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(5);
            }
            Assert.False(export.HasExited, "the export finished before it could be killed");
            export.Kill();
            export.WaitForExit();
        }
        Assert.NotEmpty(FaultCorpus.Leftovers(_temp.Path));
        Assert.False(File.Exists(out1));

        var run = ReviewBinary.Run("export", "--db", db, "--out", _temp.File("second.jsonl"));

        Assert.True(run.Exit == 0, run.Error);
        Assert.Empty(FaultCorpus.Leftovers(_temp.Path));
        Assert.Equal(40_020, File.ReadLines(_temp.File("second.jsonl")).Count());
    }
}
