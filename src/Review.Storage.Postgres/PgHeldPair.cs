using Review.Core.Pairs;

namespace Review.Storage.Postgres;

/// <summary>
/// A pair an import batch has added but not yet written to its COPY: a history restored right after
/// the pair's Add is written in the same row (<see cref="Status"/>, <see cref="Decision"/>, <see cref="Deciders"/>).
/// </summary>
internal sealed class PgHeldPair(long id, long ord, int raw, object?[] values)
{
    public long Id { get; } = id;

    public long Ord { get; } = ord;

    /// <summary>The raw_fields bits of <see cref="Values"/> (see <see cref="PgRows.Encode"/>).</summary>
    public int Raw { get; } = raw;

    /// <summary>External id, source, target, original target, suggestion, metadata and repair, as stored.</summary>
    public object?[] Values { get; } = values;

    public PairStatus Status { get; set; } = PairStatus.Pending;

    public long? Decision { get; set; }

    public int Deciders { get; set; }
}
