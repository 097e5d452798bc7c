using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly ScratchDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Steps_are_numbered_from_one_without_gaps()
    {
        var versions = Migrations.All.Select(m => m.Version).ToArray();

        Assert.Equal(Enumerable.Range(1, versions.Length), versions);
        Assert.Equal(versions[^1], Migrations.Latest);
    }

    [Fact]
    public void A_version_1_file_is_upgraded_on_open_and_keeps_its_pairs_and_decisions()
    {
        WriteVersion1File();
        Assert.Equal(1, RawSqlite.Number(_db.Path, "PRAGMA user_version"));

        using var store = ReviewStore.Open(_db.Path);

        Assert.Equal(Migrations.Latest, RawSqlite.Number(_db.Path, "PRAGMA user_version"));
        Assert.Equal(4, store.PairCount());
        Assert.Equal(PairStatus.Rejected, store.StatusOf(new PairId(2)));
        Assert.Equal("ana", store.EffectiveDecision(new PairId(2))!.Annotator);
        Assert.Equal(3, store.PendingCount());
        Assert.Equal(1, store.StatusCounts()[PairStatus.Rejected]);
        Assert.True(store.TryClaim(new PairId(1), "ana", TimeSpan.FromMinutes(5)));
        store.ReplaceFindings(new PairId(1), [new Finding("numbers", Severity.Warning, "3 vs 4", [], [])]);
        Assert.Single(store.Findings(new PairId(1)));
        store.Decide(new PairId(1), DecisionKind.Accept, null, "ben");
        Assert.Equal(2, store.PendingCount());
    }

    // What the first release wrote: schema step 1 only, filled the way that version filled it.
    private void WriteVersion1File()
    {
        using (ReviewStore.Open(_db.Path, null, schemaVersion: 1))
        {
        }
        RawSqlite.Execute(_db.Path, """
            INSERT INTO imports VALUES (1, 'old.jsonl', 'sha256:old', 'jsonl', 'en', 'ko', 4, '2026-01-05T10:00:00.000Z');
            INSERT INTO pairs (id, import_id, external_id, source_lang, target_lang, source, target)
            VALUES (1, 1, 'a', 'en', 'ko', 's1', 't1'), (2, 1, 'b', 'en', 'ko', 's2', 't2'),
                   (3, 1, 'c', 'en', 'ko', 's3', 't3'), (4, 1, 'd', 'en', 'ko', 's4', 't4');
            INSERT INTO decisions VALUES (1, 2, 'reject', NULL, 'ana', '2026-01-05T10:01:00.000Z', NULL, NULL);
            UPDATE pairs SET status = 'rejected', decision_id = 1 WHERE id = 2;
            """);
    }

    [Fact]
    public void Opening_an_up_to_date_file_changes_nothing()
    {
        using (ReviewStore.Open(_db.Path))
        {
        }
        var schema = RawSqlite.Text(_db.Path, "SELECT group_concat(sql, ';') FROM sqlite_schema");

        using (ReviewStore.Open(_db.Path))
        {
        }

        Assert.Equal(schema, RawSqlite.Text(_db.Path, "SELECT group_concat(sql, ';') FROM sqlite_schema"));
    }
}
