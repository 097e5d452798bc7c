namespace Review.Core.Encodings;

/// <summary>
/// Log-probability of one token after another: the built-in bigram interpolated with the built-in
/// unigram and the corpus's own counts. Never zero, so unseen characters stay possible.
/// The built-in part of each pair's score is cached: it never changes, and a column asks for the
/// same few thousand pairs over and over.
/// </summary>
internal sealed class CharScorer(CharModel model, AdaptiveCounts adaptive)
{
    private const double BigramWeight = 0.6;
    private const double AdaptiveBigramWeight = 0.15;
    private const double UnigramWeight = 0.2;
    private const double AdaptiveUnigramWeight = 0.05;
    private const double UnseenMass = 0.5;
    private const double VocabularyGuess = 20_000;

    private readonly Dictionary<long, double> _builtIn = [];

    public double LogProbability(int previous, int token)
    {
        var key = BigramKey.Of(previous, token);
        var (adaptiveCount, adaptiveContext) = adaptive.Bigram(previous, token);
        var probability = BuiltIn(key, previous, token)
            + (AdaptiveBigramWeight * Ratio(adaptiveCount, adaptiveContext))
            + (AdaptiveUnigramWeight * Ratio(adaptive.Unigram(token), adaptive.Total));
        return Math.Log(probability);
    }

    public void Learn(int previous, int token) => adaptive.Add(previous, token);

    private double BuiltIn(long key, int previous, int token)
    {
        if (!_builtIn.TryGetValue(key, out var probability))
        {
            var (count, context) = model.Bigram(previous, token);
            probability = (BigramWeight * Ratio(count, context))
                + (UnigramWeight * (model.Unigram(token) + UnseenMass) / (model.Total + (UnseenMass * VocabularyGuess)));
            _builtIn[key] = probability;
        }

        return probability;
    }

    private static double Ratio(long count, long total) => total == 0 ? 0 : (double)count / total;
}
