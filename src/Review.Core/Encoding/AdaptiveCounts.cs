namespace Review.Core.Encodings;

/// <summary>
/// Character counts learnt from the corpus being repaired (its intact characters and its confident
/// guesses), so that its own vocabulary and names weigh in beside the built-in model. Per-token
/// counts live in arrays over the Basic Multilingual Plane (characters beyond it share the last
/// slot), because the decoder reads them for every candidate.
/// </summary>
internal sealed class AdaptiveCounts
{
    private const int Slots = 0x10000;

    private readonly int[] _unigrams = new int[Slots];
    private readonly int[] _contextTotals = new int[Slots];
    private readonly Dictionary<long, int> _bigrams = [];

    public long Total { get; private set; }

    public void Add(int previous, int token)
    {
        _unigrams[Slot(token)]++;
        _contextTotals[Slot(previous)]++;
        var key = BigramKey.Of(previous, token);
        _bigrams[key] = _bigrams.GetValueOrDefault(key) + 1;
        Total++;
    }

    public int Unigram(int token) => _unigrams[Slot(token)];

    public (int Count, int ContextTotal) Bigram(int previous, int token)
    {
        var context = _contextTotals[Slot(previous)];
        return (context == 0 ? 0 : _bigrams.GetValueOrDefault(BigramKey.Of(previous, token)), context);
    }

    private static int Slot(int token) => Math.Min(token, Slots - 1);
}
