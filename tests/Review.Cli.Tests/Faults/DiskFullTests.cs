using Review.Cli.Tests.Commands;

namespace Review.Cli.Tests.Faults;

/// <summary>A full disk, made with a small tmpfs, under the real binary: one line saying so, and nothing earlier lost.</summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void An_import_onto_a_full_disk_says_so_and_keeps_the_earlier_import()
    {
        using var disk = new SmallDisk("2m");
        var db = disk.File("review.db");
        var first = FaultCorpus.Jsonl(_temp.File("first.jsonl"), 20);
        Assert.Equal(0, ReviewBinary.Run("import", first, "--db", db).Exit);
        var big = FaultCorpus.Jsonl(_temp.File("big.jsonl"), 3000, first: 1000, padding: 400);
        disk.Fill(leave: 64 << 10);

        var run = ReviewBinary.Run("import", big, "--db", db);

        FaultCorpus.FailsWithOneLine(run, db, "the disk is full", "free some space");
        disk.Free();
        Assert.Equal((20, 0), FaultCorpus.Counts(db));
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("export")]
    [InlineData("check")]
    public void At_zero_bytes_free_reading_commands_say_the_disk_is_full_not_that_the_file_is_damaged(string command)
    {
        using var disk = new SmallDisk("2m");
        var db = FaultCorpus.Database(disk.File("review.db"), 10);
        disk.Fill();
        string[] args = command == "export" ? ["export", "--db", db, "--out", _temp.File("out.jsonl")] : [command, "--db", db];

        var run = ReviewBinary.Run(args);

        FaultCorpus.FailsWithOneLine(run, db, "the disk is full");
        Assert.DoesNotContain("damaged", run.Error);
        Assert.False(File.Exists(_temp.File("out.jsonl")));
        disk.Free();
        Assert.Equal((10, 5), FaultCorpus.Counts(db));
    }

    [Theory]
    [InlineData("jsonl", "out.jsonl")]
    [InlineData("csv", "out.csv")]
    [InlineData("tsv", "out.tsv")]
    [InlineData("tmx", "out.tmx")]
    [InlineData("moses", "out")]
    public void An_export_onto_a_full_disk_leaves_the_older_export_whole_and_no_temp_file(string format, string name)
    {
        var db = FaultCorpus.Database(_temp.File("review.db"), 2000);
        using var disk = new SmallDisk("2m");
        var target = disk.File(name);
        var older = ReviewBinary.Run("export", "--db", db, "--out", target, "--format", format, "--status", "accepted");
        Assert.True(older.Exit == 0, older.Error);
        var files = format == "moses" ? new[] { target + ".en", target + ".ko" } : [target];
        var before = files.Select(File.ReadAllBytes).ToList();
        disk.Fill(leave: 32 << 10);

        var run = ReviewBinary.Run("export", "--db", db, "--out", target, "--format", format, "--force");

        FaultCorpus.FailsWithOneLine(run, "the disk is full");
        Assert.Equal(before, files.Select(File.ReadAllBytes).ToList());
        Assert.Empty(FaultCorpus.Leftovers(disk.Path));
        disk.Free();
        var again = ReviewBinary.Run("export", "--db", db, "--out", target, "--format", format, "--force");
        Assert.True(again.Exit == 0, again.Error);
        Assert.Contains("wrote 2000", again.Output);
    }
}
