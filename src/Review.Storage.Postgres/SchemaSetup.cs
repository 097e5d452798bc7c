using Review.Core.Ports;

namespace Review.Storage.Postgres;

/// <summary>
/// Creates the corpus's schema and tables on first use, under an advisory lock so that two
/// annotators opening a new corpus at once do not both create it; refuses a schema that holds
/// someone else's tables instead of writing into it.
/// </summary>
internal static class SchemaSetup
{
    public static void Prepare(PostgresStore store, string schema, bool create)
    {
        var version = Version(store, schema);
        if (version == Schema.Version)
        {
            return;
        }
        if (!create && version == 0)
        {
            throw new StoreException($"{store.Location}: no such corpus (schema '{schema}' has no review tables; create one with review import)");
        }
        if (version > Schema.Version)
        {
            throw new StoreException($"{store.Location}: the corpus was written by a newer review (schema version {version}); upgrade review");
        }
        store.Write("create the corpus", () =>
        {
            store.Execute("SELECT pg_advisory_xact_lock(hashtext('review schema ' || @schema))", ("schema", schema));
            using (var create = store.Command($"CREATE SCHEMA IF NOT EXISTS {schema}"))
            {
                create.ExecuteNonQuery();
            }
            var now = Version(store, schema);
            if (now == 0 && store.Scalar("SELECT count(*) FROM pg_tables WHERE schemaname = @schema", ("schema", schema)) > 0)
            {
                throw new StoreException($"{store.Location}: schema '{schema}' holds tables that are not a review corpus; choose another with ?schema=");
            }
            if (now == 0)
            {
                using var meta = store.Command("CREATE TABLE review_schema (version integer NOT NULL); INSERT INTO review_schema VALUES (0)");
                meta.ExecuteNonQuery();
            }
            for (var step = (int)now; step < Schema.Version; step++)
            {
                using var command = store.Command(Schema.Steps[step] + $"; UPDATE review_schema SET version = {step + 1}");
                command.ExecuteNonQuery();
            }
            return 0;
        });
    }

    private static long Version(PostgresStore store, string schema)
    {
        var exists = store.Scalar("SELECT count(*) FROM pg_tables WHERE schemaname = @schema AND tablename = 'review_schema'", ("schema", schema));
        return exists == 0 ? 0 : store.Scalar("SELECT version FROM review_schema");
    }
}
