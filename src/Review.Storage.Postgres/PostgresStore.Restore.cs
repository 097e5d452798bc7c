using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>
    /// Starts copying a whole corpus in, in one transaction (see <see cref="PgCorpusRestore"/>),
    /// refused unless the corpus holds no pairs yet.
    /// </summary>
    public ICorpusRestore BeginRestore() => Guard("start the copy", () =>
    {
        var transaction = BeginBatch();
        try
        {
            // Imports take turns under this lock (PgImportBatch takes it too): holding it from here
            // keeps an import from slipping in between the check below and the copy's commit.
            Execute("SELECT pg_advisory_xact_lock(hashtext('review import ' || current_schema()))");
            if (Scalar("SELECT count(*) FROM (SELECT 1 FROM pairs LIMIT 1) p") != 0)
            {
                throw new StoreException($"{Location}: already holds pairs; migrate copies into an empty database only");
            }
            return (ICorpusRestore)new PgCorpusRestore(this, transaction);
        }
        catch
        {
            transaction.Dispose();
            EndBatch();
            throw;
        }
    });

    public IEnumerable<StoredPairState> PairStatesInCorpusOrder()
    {
        using var command = Command("""
            SELECT p.id, p.decision_id, s.annotator FROM pairs p LEFT JOIN slices s ON s.pair_id = p.id
            WHERE p.decision_id IS NOT NULL OR s.annotator IS NOT NULL ORDER BY p.ord
            """);
        using var reader = Guard("read the database", () => command.ExecuteReader());
        while (Guard("read the database", reader.Read))
        {
            yield return new StoredPairState(new PairId(reader.GetInt64(0)), reader.IsDBNull(1) ? null : reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2));
        }
    }

    public IReadOnlyDictionary<string, PairId> Positions() => Guard("read the database", () =>
    {
        using var command = Command("SELECT annotator, pair_id FROM positions ORDER BY annotator");
        using var reader = command.ExecuteReader();
        var positions = new Dictionary<string, PairId>(StringComparer.Ordinal);
        while (reader.Read())
        {
            positions[reader.GetString(0)] = new PairId(reader.GetInt64(1));
        }
        return (IReadOnlyDictionary<string, PairId>)positions;
    });
}
