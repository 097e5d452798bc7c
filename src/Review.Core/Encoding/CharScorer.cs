namespace Review.Core.Encoding;

/// <summary>
/// Log-probability of one token after another: the built-in bigram interpolated with the built-in
/// unigram and the corpus's own counts. Never zero, so unseen characters stay possible.
/// </summary>
internal sealed class CharScorer(CharModel model, AdaptiveCounts adaptive)
{
    private const double BigramWeight = 0.6;
    private const double AdaptiveBigramWeight = 0.15;
    private const double UnigramWeight = 0.2;
    private const double AdaptiveUnigramWeight = 0.05;
    private const double UnseenMass = 0.5;
    private const double VocabularyGuess = 20_000;

    public AdaptiveCounts Adaptive => adaptive;

    public double LogProbability(int previous, int token)
    {
        var (count, context) = model.Bigram(previous, token);
        var (adaptiveCount, adaptiveContext) = adaptive.Bigram(previous, token);
        var probability =
            (BigramWeight * Ratio(count, context))
            + (AdaptiveBigramWeight * Ratio(adaptiveCount, adaptiveContext))
            + (UnigramWeight * (model.Unigram(token) + UnseenMass) / (model.Total + (UnseenMass * VocabularyGuess)))
            + (AdaptiveUnigramWeight * Ratio(adaptive.Unigram(token), adaptive.Total));
        return Math.Log(probability);
    }

    private static double Ratio(long count, long total) => total == 0 ? 0 : (double)count / total;
}
