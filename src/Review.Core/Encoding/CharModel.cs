using System.Buffers.Binary;
using System.Runtime.InteropServices;
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

    private readonly Dictionary<int, int> _indexByToken;
    private readonly int[] _unigrams;
    private readonly int[] _contextTotals;

    /// <summary>Bigram keys (previous index &lt;&lt; 16 | next index) in ascending order, searched by halving.</summary>
    private readonly int[] _bigramKeys;
    private readonly int[] _bigramCounts;

    private CharModel(int[] tokens, int[] unigrams, int[] bigramKeys, int[] bigramCounts)
    {
        _indexByToken = new Dictionary<int, int>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            _indexByToken[tokens[i]] = i;
        }

        _unigrams = unigrams;
        _bigramKeys = bigramKeys;
        _bigramCounts = bigramCounts;
        _contextTotals = new int[tokens.Length];
        for (var i = 0; i < bigramKeys.Length; i++)
        {
            _contextTotals[bigramKeys[i] >> 16] += bigramCounts[i];
        }

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

    public int Unigram(int token) => _indexByToken.TryGetValue(token, out var i) ? _unigrams[i] : 0;

    /// <summary>Count of <paramref name="token"/> after <paramref name="previous"/>, and how many bigrams start with <paramref name="previous"/>.</summary>
    public (int Count, int ContextTotal) Bigram(int previous, int token)
    {
        if (!_indexByToken.TryGetValue(previous, out var p))
        {
            return (0, 0);
        }

        var count = 0;
        if (_indexByToken.TryGetValue(token, out var t))
        {
            var at = Array.BinarySearch(_bigramKeys, (p << 16) | t);
            count = at >= 0 ? _bigramCounts[at] : 0;
        }

        return (count, _contextTotals[p]);
    }

    /// <summary>Reads the fixed-width little-endian layout written by build-hangul-model.py.</summary>
    public static CharModel Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!bytes.StartsWith("HGLM3"u8) || (bytes.Length - 5) % 4 != 0)
        {
            throw new InvalidDataException("Not a character model file (expected magic HGLM3).");
        }

        var ints = MemoryMarshal.Cast<byte, int>(bytes[5..]).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(ints, ints);
        }

        var (vocabulary, pairs) = (ints[0], ints[1]);
        if (ints.Length != 2 + (2 * vocabulary) + (2 * pairs))
        {
            throw new InvalidDataException("The character model file is cut short or too long.");
        }

        var span = ints.AsSpan(2);
        return new CharModel(
            tokens: span[..vocabulary].ToArray(),
            unigrams: span.Slice(vocabulary, vocabulary).ToArray(),
            bigramKeys: span.Slice(2 * vocabulary, pairs).ToArray(),
            bigramCounts: span.Slice((2 * vocabulary) + pairs, pairs).ToArray());
    }

    private static CharModel LoadKorean()
    {
        using var stream = typeof(CharModel).Assembly.GetManifestResourceStream(KoreanResource)
            ?? throw new InvalidOperationException($"The embedded resource {KoreanResource} is missing from Review.Core.");
        return Read(stream);
    }
}
