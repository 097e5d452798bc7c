namespace Review.Core.Align;

/// <summary>
/// The two passes of Moore (2002): align a sample of the corpus by length and anchors, learn a
/// <see cref="TranslationLexicon"/> from the 1-1 links it is sure of, and return the aligner that
/// uses both.
/// </summary>
public static class AlignerTraining
{
    /// <summary>A 1-1 link at least this probable teaches the lexicon.</summary>
    public const double SureLink = 0.9;

    public static SentenceAligner Train(LengthModel model, IEnumerable<(IReadOnlyList<string> Source, IReadOnlyList<string> Target)> sample)
    {
        var first = new SentenceAligner(model);
        var sure = new List<(int[] Source, int[] Target)>();
        foreach (var (source, target) in sample)
        {
            foreach (var link in first.Align(source, target))
            {
                if (link.SourceCount == 1 && link.TargetCount == 1 && link.Confidence >= SureLink)
                {
                    sure.Add((LexicalTokens.Source(source[link.SourceStart]), LexicalTokens.Target(target[link.TargetStart])));
                }
            }
        }
        return new SentenceAligner(model, TranslationLexicon.Learn(sure));
    }
}
