using Review.Cli.Tests.Commands;

namespace Review.Cli.Tests.Faults;

/// <summary>
/// A database the kernel will not let anyone write (a read-only bind mount: root ignores permission
/// bits): it still opens for reading, and writes are refused with a message that says why.
/// </summary>
public sealed class ReadOnlyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_read_only_database_file_is_browsed_counted_and_exported_but_not_written()
    {
        var db = FaultCorpus.Database(_temp.File("review.db"), 10);
        var input = FaultCorpus.Jsonl(_temp.File("more.jsonl"), 5, first: 100);
        using (ReadOnlyView.OfFile(db))
        {
            AssertReadsWorkAndWritesAreRefused(db, input, "the file cannot be written");
        }
        Assert.Equal((10, 5), FaultCorpus.Counts(db));
    }

    [Fact]
    public void A_database_in_a_read_only_folder_is_browsed_counted_and_exported_but_not_written()
    {
        var folder = Path.Combine(_temp.Path, "data");
        Directory.CreateDirectory(folder);
        FaultCorpus.Database(Path.Combine(folder, "review.db"), 10);
        var input = FaultCorpus.Jsonl(_temp.File("more.jsonl"), 5, first: 100);
        using (var view = ReadOnlyView.OfFolder(folder))
        {
            AssertReadsWorkAndWritesAreRefused(Path.Combine(view.Path, "review.db"), input, "read-only");
            var create = ReviewBinary.Run("import", input, "--db", Path.Combine(view.Path, "new.db"));
            FaultCorpus.FailsWithOneLine(create, "new.db", "cannot create the database");
        }
        Assert.Equal((10, 5), FaultCorpus.Counts(Path.Combine(folder, "review.db")));
    }

    private void AssertReadsWorkAndWritesAreRefused(string db, string input, string why)
    {
        var stats = ReviewBinary.Run("stats", "--db", db);
        Assert.True(stats.Exit == 0, stats.Error);
        Assert.Contains("pairs: 10", stats.Output);
        var export = ReviewBinary.Run("export", "--db", db, "--out", _temp.File("out.jsonl"), "--force");
        Assert.True(export.Exit == 0, export.Error);
        Assert.Equal(10, File.ReadAllLines(_temp.File("out.jsonl")).Length);

        var import = ReviewBinary.Run("import", input, "--db", db);

        FaultCorpus.FailsWithOneLine(import, db, "read-only", why, "make it writable");
    }
}
