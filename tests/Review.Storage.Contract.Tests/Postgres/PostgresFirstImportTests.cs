using Review.Core.Formats;
using Review.Core.Ports;
using Review.Storage.Postgres;

namespace Review.Storage.Contract.Tests.Postgres;

/// <summary>
/// The first import into an empty corpus drops the indexes and keys of <c>pairs</c> and builds them
/// again before it commits: afterwards the table must be exactly as the schema made it, whether the
/// import committed or was rolled back, and the ids the import took must not be handed out again.
/// </summary>
public sealed class PostgresFirstImportTests(PostgresServer server)
{
    [Fact]
    public void A_first_import_leaves_every_index_and_key_of_pairs_as_the_schema_made_them()
    {
        var (url, schema) = NewCorpus();
        using var store = PostgresStore.Open(url);
        var before = IndexesAndKeys(schema);

        SampleCorpus.Import(store, 5, "a");

        Assert.Equal(before, IndexesAndKeys(schema));
        Assert.Contains("pairs_external_id", before);
        Assert.Contains("FOREIGN KEY (import_id)", before);
        Assert.Equal("t", server.Psql(server.SharedDatabase, $"SELECT bool_and(indisvalid) FROM pg_index WHERE indrelid = '{schema}.pairs'::regclass").Trim());
    }

    [Fact]
    public void A_first_import_rolled_back_leaves_the_indexes_and_the_next_import_numbers_on()
    {
        var (url, schema) = NewCorpus();
        using var store = PostgresStore.Open(url);
        var before = IndexesAndKeys(schema);

        using (var batch = store.BeginImport("a.jsonl", "hash-a", "jsonl", "en", "ko"))
        {
            batch.Add(new NewPair(SampleCorpus.Record(1, "a")));
        }
        SampleCorpus.Import(store, 3, "b");
        SampleCorpus.Import(store, 2, "c");

        Assert.Equal(before, IndexesAndKeys(schema));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], Enumerable.Range(1, 5).Select(ord => store.FindByOrd(ord)!.Ord));
        var ids = Enumerable.Range(1, 5).Select(ord => store.FindByOrd(ord)!.Id.Value).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(5, ids.Distinct().Count());
        var duplicate = Assert.Throws<StoreException>(() => SampleCorpus.Import(store, 1, "b", hash: "again"));
        Assert.Contains("already in the database", duplicate.Message);
    }

    private (string Url, string Schema) NewCorpus()
    {
        var url = server.NewCorpusUrl();
        return (url, PgUrl.Parse(url).Schema);
    }

    // Every index and constraint on the corpus's pairs table, by definition, one a line.
    private string IndexesAndKeys(string schema) => server.Psql(server.SharedDatabase, $"""
        SELECT string_agg(d, E'\n' ORDER BY d) FROM (
            SELECT pg_get_indexdef(indexrelid) AS d FROM pg_index WHERE indrelid = '{schema}.pairs'::regclass
            UNION ALL
            SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '{schema}.pairs'::regclass) x
        """).Trim();
}
