namespace Review.Storage.Postgres;

/// <summary>
/// The secondary indexes and the constraints of <c>pairs</c> (all but its primary key), dropped
/// for the first import into an empty corpus and built again, from the definitions the catalog
/// gave, just before that import commits. Building an index once over a million sorted rows is far
/// cheaper than updating it row by row during COPY, and each foreign key is then checked by one
/// join instead of one queued trigger event per row. The batch itself refuses duplicate external
/// ids and numbers <c>ord</c> densely, so the rebuilt unique indexes cannot fail.
/// The drop takes an exclusive lock on <c>pairs</c> until the import commits: only a first import
/// does it, when there is nothing yet for an annotator to read.
/// </summary>
internal sealed class PgDeferredIndexes
{
    private readonly List<string> _rebuild = [];

    private PgDeferredIndexes()
    {
    }

    /// <summary>Drops what <c>pairs</c> has beyond its primary key, in the open transaction, and remembers how to build it again.</summary>
    public static PgDeferredIndexes Drop(PostgresStore store)
    {
        var deferred = new PgDeferredIndexes();
        var constraints = new List<(string Name, string Definition)>();
        using (var command = store.Command("""
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = 'pairs'::regclass AND contype IN ('f', 'u') ORDER BY conname
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                constraints.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        var indexes = new List<(string Name, string Definition)>();
        using (var command = store.Command("""
            SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = 'pairs'::regclass AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid)
            ORDER BY c.relname
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, _) in constraints)
        {
            store.Execute($"ALTER TABLE pairs DROP CONSTRAINT {Quote(name)}");
        }
        foreach (var (name, _) in indexes)
        {
            store.Execute($"DROP INDEX {Quote(name)}");
        }
        deferred._rebuild.AddRange(indexes.Select(i => i.Definition));
        deferred._rebuild.AddRange(constraints.Select(c => $"ALTER TABLE pairs ADD CONSTRAINT {Quote(c.Name)} {c.Definition}"));
        return deferred;
    }

    /// <summary>Builds everything dropped again, in the same transaction, before it commits.</summary>
    public void Rebuild(PostgresStore store)
    {
        // The server sorts in memory up to this much per index build; the default (64 MB) spills a million rows to disk.
        store.Execute("SET LOCAL maintenance_work_mem = '256MB'");
        foreach (var statement in _rebuild)
        {
            store.Execute(statement);
        }
        _rebuild.Clear();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
