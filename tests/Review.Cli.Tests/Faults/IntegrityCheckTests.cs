using InProcess = Review.Cli.Tests.Commands.Cli;
using Review.Cli.Tests.Commands;

namespace Review.Cli.Tests.Faults;

/// <summary>
/// <c>review check --integrity</c>, the on-demand whole-file read that opens skip when a clean close
/// vouched for the file: a sound file says so, a damaged page is listed and the file loses its stamp.
/// </summary>
public sealed class IntegrityCheckTests : IDisposable
{
    private const int PageSize = 4096;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_sound_database_is_reported_sound()
    {
        var db = Pristine("sound.db");

        var run = InProcess.Run("check", "--db", db, "--integrity");

        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains("sound.db: sound (every page and index read in ", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void A_damaged_page_is_listed_and_the_stamp_is_dropped()
    {
        var db = Pristine("damaged.db");
        var bytes = File.ReadAllBytes(db);
        // The first byte of a b-tree page is its type: flipped, the page is no page SQLite knows.
        var page = bytes.Length / PageSize / 2;
        bytes[page * PageSize] ^= 0xFF;
        File.WriteAllBytes(db, bytes);
        var stamp = db + "-verified";
        File.WriteAllText(stamp, "review-verified 1");

        var run = InProcess.Run("check", "--db", db, "--integrity");

        FaultCorpus.FailsWithOneLine(run, "damaged.db", "the database is damaged", "listed above", "check it in full");
        Assert.NotEqual("", run.Output.Trim());
        Assert.False(File.Exists(stamp), "a damaged file keeps no stamp: the next open must check it");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(13)]
    [InlineData(21)]
    [InlineData(29)]
    public void A_flipped_byte_anywhere_gives_a_verdict_not_a_trace(int flip)
    {
        var db = Pristine("flipped.db");
        var bytes = File.ReadAllBytes(db);
        bytes[(int)((long)bytes.Length * flip / 30) + 37 + flip * 131 % 997] ^= 0xFF;
        File.WriteAllBytes(db, bytes);

        var run = InProcess.Run("check", "--db", db, "--integrity");

        if (run.Exit == 0)
        {
            Assert.Contains("flipped.db: sound", run.Output);
        }
        else
        {
            FaultCorpus.FailsWithOneLine(run, "flipped.db");
        }
    }

    [Fact]
    public void A_missing_file_is_one_line_and_creates_nothing()
    {
        var db = _temp.File("missing.db");

        var run = InProcess.Run("check", "--db", db, "--integrity");

        FaultCorpus.FailsWithOneLine(run, "missing.db", "no such database");
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void A_server_is_pointed_to_its_own_checker()
    {
        var run = InProcess.Run("check", "--db", "postgresql://review@127.0.0.1:1/corpus", "--integrity");

        FaultCorpus.FailsWithOneLine(run, "pg_amcheck");
    }

    [Fact]
    public void Integrity_takes_no_finding_options()
    {
        var run = InProcess.Run("check", "--db", Pristine("sound.db"), "--integrity", "--json");

        FaultCorpus.FailsWithOneLine(run, "--integrity", "--json");
    }

    private string Pristine(string name)
    {
        var db = FaultCorpus.Database(_temp.File(name), 300);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var vacuum = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        vacuum.Open();
        using var command = vacuum.CreateCommand();
        // One file, no WAL beside it: what is flipped is all there is.
        command.CommandText = "PRAGMA journal_mode = DELETE;";
        command.ExecuteNonQuery();
        return db;
    }
}
