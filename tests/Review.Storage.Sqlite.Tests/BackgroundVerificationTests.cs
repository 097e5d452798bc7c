using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite.Tests;

public sealed class BackgroundVerificationTests : IDisposable
{
    private static readonly StoreOptions InBackground = StoreOptions.Default with { VerifyInBackground = true };

    private readonly ScratchDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_damaged_file_opens_for_reading_but_refuses_the_first_write_and_writes_nothing()
    {
        CreateDamaged();
        var before = File.ReadAllBytes(_db.Path);

        using (var store = ReviewStore.Open(_db.Path, InBackground))
        {
            Assert.Equal(2000, store.PairCount());

            var error = Assert.Throws<StoreException>(() => store.Decide(new PairId(1), DecisionKind.Accept, null, "ana"));

            Assert.Contains(Path.GetFullPath(_db.Path), error.Message);
            Assert.Contains("damaged", error.Message);
            Assert.Contains("nothing was written", error.Message);
        }
        Assert.Equal(before, File.ReadAllBytes(_db.Path));
    }

    [Fact]
    public void Every_kind_of_write_on_a_damaged_file_is_refused()
    {
        CreateDamaged();
        var before = File.ReadAllBytes(_db.Path);
        var pair = new PairId(1);

        using (var store = ReviewStore.Open(_db.Path, InBackground))
        {
            Action[] writes =
            [
                () => store.Decide(pair, DecisionKind.Skip, null, "ana"),
                () => store.Undo("ana"),
                () => store.SavePosition("ana", pair),
                () => store.TryClaim(pair, "ana", TimeSpan.FromMinutes(1)),
                () => store.Visit(pair, "ana", TimeSpan.FromMinutes(1)),
                () => store.ReleaseClaims("ana"),
                () => store.ReplaceFindings(pair, []),
                () => SampleCorpus.Import(store, 1, prefix: "late"),
            ];
            foreach (var write in writes)
            {
                Assert.Contains("damaged", Assert.Throws<StoreException>(write).Message);
            }
            Assert.Equal(1, store.Verification.Runs);
        }
        Assert.Equal(before, File.ReadAllBytes(_db.Path));
    }

    [Fact]
    public void On_a_healthy_file_the_first_write_goes_through_after_one_check()
    {
        using (var store = ReviewStore.Open(_db.Path))
        {
            SampleCorpus.Import(store, 50);
        }
        ForgetVerifiedStamp();

        using (var store = ReviewStore.Open(_db.Path, InBackground))
        {
            Assert.Equal(50, store.PairCount());
            store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");

            Assert.True(store.Verification.Completed);
            store.Decide(new PairId(2), DecisionKind.Reject, null, "ana", "misaligned");
            store.SavePosition("ana", new PairId(3));
            SampleCorpus.Import(store, 5, prefix: "more");
            Assert.Equal(1, store.Verification.Runs);
        }
        using var reopened = ReviewStore.Open(_db.Path);
        Assert.Equal(PairStatus.Accepted, reopened.StatusOf(new PairId(1)));
        Assert.Equal(PairStatus.Rejected, reopened.StatusOf(new PairId(2)));
        Assert.Equal(55, reopened.PairCount());
    }

    [Fact]
    public void Without_the_option_the_check_is_done_before_open_returns()
    {
        using (ReviewStore.Open(_db.Path))
        {
        }

        using var store = ReviewStore.Open(_db.Path);

        Assert.True(store.Verification.Completed);
        Assert.Equal(0, store.Verification.Runs);
    }

    [Fact]
    public void A_foreign_file_is_still_refused_at_once()
    {
        RawSqlite.Execute(_db.Path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");

        var error = Assert.Throws<StoreException>(() => ReviewStore.Open(_db.Path, InBackground));

        Assert.Contains("another program", error.Message);
        Assert.Equal(0, RawSqlite.Number(_db.Path, "PRAGMA user_version"));
    }

    [Fact]
    public void A_damaged_file_that_needs_a_migration_is_refused_before_migrating()
    {
        using (var store = ReviewStore.Open(_db.Path, null, schemaVersion: 1))
        {
            RawSqlite.Execute(_db.Path, "INSERT INTO imports VALUES (1, 'old.jsonl', 'sha256:old', 'jsonl', 'en', 'ko', 0, '2026-01-05T10:00:00.000Z')");
            var rows = string.Join(",", Enumerable.Range(1, 2000).Select(i => $"({i}, 1, 'x{i}', 'en', 'ko', 'source {i} {new string('s', 200)}', 'target {i}')"));
            RawSqlite.Execute(_db.Path, $"INSERT INTO pairs (id, import_id, external_id, source_lang, target_lang, source, target) VALUES {rows}");
        }
        _db.Corrupt();
        var before = File.ReadAllBytes(_db.Path);

        var error = Assert.Throws<StoreException>(() => ReviewStore.Open(_db.Path, InBackground));

        Assert.Contains("damaged", error.Message);
        Assert.Equal(before, File.ReadAllBytes(_db.Path));
    }

    [Fact]
    public void Closing_the_store_while_the_check_runs_stops_it_and_leaves_the_file_closed()
    {
        using (var store = ReviewStore.Open(_db.Path))
        {
            SampleCorpus.Import(store, 3000);
        }
        ForgetVerifiedStamp();

        using (ReviewStore.Open(_db.Path, InBackground))
        {
        }

        Assert.False(File.Exists(_db.Path + "-wal"));
        using var reopened = ReviewStore.Open(_db.Path, InBackground);
        reopened.SavePosition("ana", new PairId(7));
        Assert.Equal(new PairId(7), reopened.LastPosition("ana"));
    }

    [Fact]
    public void An_export_from_a_damaged_file_checked_in_the_background_fails_and_publishes_nothing()
    {
        CreateDamaged();
        var output = Path.Combine(Path.GetDirectoryName(_db.Path)!, "out.jsonl");
        using (var store = ReviewStore.Open(_db.Path, InBackground))
        {
            var error = Assert.ThrowsAny<Exception>(() =>
                PairExporter.Export(store.ExportRows(null), new ExportRequest(output, PairFormat.Jsonl, false)));
            Assert.True(error.Message.Contains("damaged") || error.Message.Contains("malformed"), error.Message);
        }
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_db.Path)!, "*out.jsonl*"));
    }

    [Fact]
    public void An_export_checked_in_the_background_ends_after_the_check_passes()
    {
        using (var store = ReviewStore.Open(_db.Path))
        {
            SampleCorpus.Import(store, 3000);
        }
        ForgetVerifiedStamp();
        var output = Path.Combine(Path.GetDirectoryName(_db.Path)!, "out.jsonl");
        using var checkedStore = ReviewStore.Open(_db.Path, InBackground);
        var summary = PairExporter.Export(checkedStore.ExportRows(null), new ExportRequest(output, PairFormat.Jsonl, false));
        Assert.Equal((3000L, 3000L), (summary.Read, summary.Written));
        Assert.True(checkedStore.Verification.Completed);
        Assert.Equal(3000, File.ReadLines(output).Count());
    }

    // These tests are about files no clean close vouches for (VerifiedStampTests covers the stamp).
    private void ForgetVerifiedStamp() => File.Delete(VerifiedStamp.PathOf(_db.Path));

    private void CreateDamaged()
    {
        using (var store = ReviewStore.Open(_db.Path))
        {
            SampleCorpus.Import(store, 2000);
        }
        _db.Corrupt();
    }
}
