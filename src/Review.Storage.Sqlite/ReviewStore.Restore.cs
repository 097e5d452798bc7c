using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    /// <summary>
    /// Starts copying a whole corpus in: one write transaction (out of WAL, as an import), refused
    /// unless the file holds no pairs yet; see <see cref="CorpusRestore"/>.
    /// </summary>
    public ICorpusRestore BeginRestore() => BeginBulkWrite<ICorpusRestore>((write, leftWal) =>
    {
        if (Scalar("SELECT EXISTS (SELECT 1 FROM pairs)") != 0)
        {
            throw new StoreException($"{Path}: already holds pairs; migrate copies into an empty database only");
        }
        return new CorpusRestore(this, write, leftWal);
    });

    public IEnumerable<StoredPairState> PairStatesInCorpusOrder()
    {
        using var command = Command("""
            SELECT p.id, p.decision_id, s.annotator FROM pairs p LEFT JOIN slices s ON s.pair_id = p.id
            WHERE p.decision_id IS NOT NULL OR s.annotator IS NOT NULL ORDER BY p.id
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredPairState(new PairId(reader.GetInt64(0)), reader.IsDBNull(1) ? null : reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2));
        }
    }

    public IReadOnlyDictionary<string, PairId> Positions()
    {
        using var command = Command("SELECT annotator, pair_id FROM positions ORDER BY annotator");
        using var reader = command.ExecuteReader();
        var positions = new Dictionary<string, PairId>(StringComparer.Ordinal);
        while (reader.Read())
        {
            positions[reader.GetString(0)] = new PairId(reader.GetInt64(1));
        }
        return positions;
    }
}
