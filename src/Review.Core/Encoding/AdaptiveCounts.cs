namespace Review.Core.Encodings;

/// <summary>
/// Character counts learnt from the corpus being repaired (its intact characters and its confident
/// guesses), so that its own vocabulary and names weigh in beside the built-in model.
/// </summary>
internal sealed class AdaptiveCounts
{
    private readonly Dictionary<int, int> unigrams = [];
    private readonly Dictionary<int, int> contextTotals = [];
    private readonly Dictionary<long, int> bigrams = [];

    public long Total { get; private set; }

    public void Add(int previous, int token)
    {
        unigrams[token] = unigrams.GetValueOrDefault(token) + 1;
        contextTotals[previous] = contextTotals.GetValueOrDefault(previous) + 1;
        var key = BigramKey.Of(previous, token);
        bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
        Total++;
    }

    public int Unigram(int token) => unigrams.GetValueOrDefault(token);

    public (int Count, int ContextTotal) Bigram(int previous, int token) =>
        (bigrams.GetValueOrDefault(BigramKey.Of(previous, token)), contextTotals.GetValueOrDefault(previous));
}
