namespace Review.Core.Encodings;

/// <summary>
/// One number for a bigram of tokens. The plain (previous &lt;&lt; 32 | next) hashes badly as a long
/// (the halves are XORed, and nearby code points cancel out), so it is multiplied by an odd constant:
/// a one-to-one mix that spreads the hash codes.
/// </summary>
internal static class BigramKey
{
    public static long Of(int previous, int token) =>
        unchecked((long)((((ulong)(uint)previous << 32) | (uint)token) * 0x9E3779B97F4A7C15UL));
}
