using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Storage;

namespace Review.Core.Tests.Storage;

public sealed class MigrationTests : IDisposable
{
    private readonly ScratchDatabase db = new();

    public void Dispose() => db.Dispose();

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
        using (var v1 = ReviewStore.Open(db.Path, null, schemaVersion: 1))
        {
            SampleCorpus.Import(v1, 4);
            v1.Decide(new PairId(2), DecisionKind.Reject, null, "ana");
        }
        Assert.Equal(1, RawSqlite.Number(db.Path, "PRAGMA user_version"));
        Assert.Equal(0, RawSqlite.Number(db.Path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('claims', 'findings')"));

        using var store = ReviewStore.Open(db.Path);

        Assert.Equal(Migrations.Latest, RawSqlite.Number(db.Path, "PRAGMA user_version"));
        Assert.Equal(4, store.PairCount());
        Assert.Equal(PairStatus.Rejected, store.StatusOf(new PairId(2)));
        Assert.True(store.TryClaim(new PairId(1), "ana", TimeSpan.FromMinutes(5)));
        store.ReplaceFindings(new PairId(1), [new Finding("numbers", Severity.Warning, "3 vs 4", [], [])]);
        Assert.Single(store.Findings(new PairId(1)));
    }

    [Fact]
    public void Opening_an_up_to_date_file_changes_nothing()
    {
        using (ReviewStore.Open(db.Path))
        {
        }
        var schema = RawSqlite.Text(db.Path, "SELECT group_concat(sql, ';') FROM sqlite_schema");

        using (ReviewStore.Open(db.Path))
        {
        }

        Assert.Equal(schema, RawSqlite.Text(db.Path, "SELECT group_concat(sql, ';') FROM sqlite_schema"));
    }
}
