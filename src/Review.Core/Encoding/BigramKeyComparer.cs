namespace Review.Core.Encoding;

/// <summary>
/// Hashes a bigram key (previous in the high 32 bits, next in the low). The default long hash XORs
/// the halves, and for pairs of nearby code points or small indexes nearly all keys then share a
/// few thousand hash codes; a multiplicative mix spreads them.
/// </summary>
internal sealed class BigramKeyComparer : IEqualityComparer<long>
{
    public static BigramKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32);
}
