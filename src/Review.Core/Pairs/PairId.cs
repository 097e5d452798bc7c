namespace Review.Core.Pairs;

/// <summary>The store's own key for a pair (its rowid); stable for the life of the database.</summary>
public readonly record struct PairId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
