using System.Text;

namespace Review.Core.Encodings;

/// <summary>
/// Character unigram and bigram counts over a token stream in which every non-ASCII character is
/// its own token, ASCII letters are 'A', digits '0' and whitespace ' ' (see build-hangul-model.py).
/// </summary>
internal sealed class CharModel
{
    private const string KoreanResource = "Review.Core.Encoding.hangul-model.bin";
    private static readonly Lazy<CharModel> LazyKorean = new(LoadKorean);

    private readonly Dictionary<int, int> indexByToken;
    private readonly int[] unigrams;
    private readonly int[] contextTotals;

    /// <summary>Bigram keys (previous index, next index) in ascending order, searched by halving: no hashing to build at load.</summary>
    private readonly long[] bigramKeys;
    private readonly int[] bigramCounts;

    private CharModel(Dictionary<int, int> indexByToken, int[] unigrams, int[] contextTotals, long[] bigramKeys, int[] bigramCounts)
    {
        this.indexByToken = indexByToken;
        this.unigrams = unigrams;
        this.contextTotals = contextTotals;
        this.bigramKeys = bigramKeys;
        this.bigramCounts = bigramCounts;
        Total = unigrams.Sum(c => (long)c);
    }

    /// <summary>Built from Debian's Korean documentation; loaded on first use.</summary>
    public static CharModel Korean => LazyKorean.Value;

    public long Total { get; }

    public static int Token(Rune rune) => rune.Value switch
    {
        ' ' or '\t' or '\n' or '\r' or 0xA0 or 0x3000 => ' ',
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => 'A',
        >= '0' and <= '9' => '0',
        _ => rune.Value,
    };

    public int Unigram(int token) => indexByToken.TryGetValue(token, out var i) ? unigrams[i] : 0;

    /// <summary>Count of <paramref name="token"/> after <paramref name="previous"/>, and how many bigrams start with <paramref name="previous"/>.</summary>
    public (int Count, int ContextTotal) Bigram(int previous, int token)
    {
        if (!indexByToken.TryGetValue(previous, out var p))
        {
            return (0, 0);
        }

        var count = 0;
        if (indexByToken.TryGetValue(token, out var t))
        {
            var at = Array.BinarySearch(bigramKeys, Key(p, t));
            count = at >= 0 ? bigramCounts[at] : 0;
        }

        return (count, contextTotals[p]);
    }

    public static CharModel Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var reader = new VarintReader(buffer.ToArray());
        if (!reader.ReadMagic("HGLM2"u8))
        {
            throw new InvalidDataException("Not a character model file (expected magic HGLM2).");
        }

        var vocabulary = (int)reader.Read();
        var indexByToken = new Dictionary<int, int>(vocabulary);
        var unigrams = new int[vocabulary];
        for (var i = 0; i < vocabulary; i++)
        {
            indexByToken[(int)reader.Read()] = i;
            unigrams[i] = (int)reader.Read();
        }

        var pairs = (int)reader.Read();
        var keys = new long[pairs];
        var counts = new int[pairs];
        var contextTotals = new int[vocabulary];
        var previous = 0;
        for (var i = 0; i < pairs; i++)
        {
            previous += (int)reader.Read();
            var next = (int)reader.Read();
            var count = (int)reader.Read();
            (keys[i], counts[i]) = (Key(previous, next), count);
            contextTotals[previous] += count;
        }

        return new CharModel(indexByToken, unigrams, contextTotals, keys, counts);
    }

    private static long Key(int previous, int next) => ((long)previous << 32) | (uint)next;

    private static CharModel LoadKorean()
    {
        using var stream = typeof(CharModel).Assembly.GetManifestResourceStream(KoreanResource)
            ?? throw new InvalidOperationException($"The embedded resource {KoreanResource} is missing from Review.Core.");
        return Read(stream);
    }
}
