using InProcess = Review.Cli.Tests.Commands.Cli;
using Review.Cli.Tests.Commands;

namespace Review.Cli.Tests.Faults;

/// <summary>
/// Single-byte flips across a whole database file: whatever a flip breaks, stats and export end
/// with a one-line message (or succeed), never with a trace or an "internal error".
/// </summary>
public sealed class PageFlipTests : IDisposable
{
    private const int Flips = 30;
    private static readonly Lazy<byte[]> Pristine = new(Build);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<int> Offsets() => new(Enumerable.Range(0, Flips));

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_flipped_byte_gives_a_message_or_a_correct_result(int flip)
    {
        var bytes = (byte[])Pristine.Value.Clone();
        // Spread across the file, off page boundaries, so that headers, b-tree pages and records are all hit.
        var offset = (int)((long)bytes.Length * flip / Flips) + 37 + flip * 131 % 997;
        bytes[offset] ^= 0xFF;
        var db = _temp.Write("flipped.db", bytes);

        foreach (var args in new[] { new[] { "stats", "--db", db }, ["export", "--db", db, "--out", _temp.File("out.jsonl"), "--force"] })
        {
            var run = InProcess.Run(args);
            if (run.Exit != 0)
            {
                FaultCorpus.FailsWithOneLine(run, "flipped.db");
            }
            Assert.DoesNotContain("   at ", run.Error);
        }
    }

    [Fact]
    public void A_flip_inside_a_stored_time_says_which_value_is_damaged()
    {
        var bytes = (byte[])Pristine.Value.Clone();
        var at = IndexOf(bytes, "2026-"u8.ToArray());
        bytes[at + 5] = (byte)'X';
        var db = _temp.Write("flipped.db", bytes);

        var run = InProcess.Run("stats", "--db", db);

        FaultCorpus.FailsWithOneLine(run, "flipped.db", "the database is damaged", "a stored time is not a time");
    }

    private static byte[] Build()
    {
        using var folder = new TempFolder();
        var db = FaultCorpus.Database(folder.File("pristine.db"), 300);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var vacuum = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            vacuum.Open();
            using var command = vacuum.CreateCommand();
            command.CommandText = "UPDATE decisions SET at = '2026-12-01T10:00:00.000Z'; PRAGMA journal_mode = DELETE; VACUUM;";
            command.ExecuteNonQuery();
        }
        return File.ReadAllBytes(db);
    }

    private static int IndexOf(byte[] bytes, byte[] needle)
    {
        var at = bytes.AsSpan().IndexOf(needle);
        Assert.True(at >= 0, "no stored time found in the file");
        return at;
    }
}
