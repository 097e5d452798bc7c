namespace Review.Core.Align;

/// <summary>
/// The passes of Moore (2002): align a sample of the corpus by length and anchors, learn a
/// <see cref="TranslationLexicon"/> from the 1-1 links it is sure of, measure how much each kind of
/// cue tells a translation from its neighbour (<see cref="CueEvidence"/>), and align again with
/// them all to learn a better lexicon from more sure links.
/// </summary>
public static class AlignerTraining
{
    /// <summary>A 1-1 link at least this probable teaches the lexicon.</summary>
    public const double SureLink = 0.9;

    /// <summary>The aligner of one round finds the sure links of the next: the second round, with
    /// a lexicon, finds more of them than the first, which had length and anchors alone.</summary>
    private const int Rounds = 2;

    public static SentenceAligner Train(LengthModel model, IEnumerable<(IReadOnlyList<string> Source, IReadOnlyList<string> Target)> sample)
    {
        var pairs = sample.ToList();
        var aligner = new SentenceAligner(model);
        for (var round = 0; round < Rounds; round++)
        {
            aligner = Round(aligner, pairs);
        }
        return aligner;
    }

    private static SentenceAligner Round(SentenceAligner first, List<(IReadOnlyList<string> Source, IReadOnlyList<string> Target)> sample)
    {
        var model = first.Model;
        var paragraphs = new List<SureLinks>();
        foreach (var (source, target) in sample)
        {
            var sure = first.Align(source, target)
                .Where(l => l.SourceCount == 1 && l.TargetCount == 1 && l.Confidence >= SureLink)
                .Select(l => (l.SourceStart, l.TargetStart))
                .ToList();
            if (sure.Count > 0)
            {
                paragraphs.Add(new SureLinks(
                    [.. source.Select(LexicalTokens.Source)], [.. target.Select(LexicalTokens.Target)], AnchorExtractor.Of(source, target), sure));
            }
        }
        var lexicon = TranslationLexicon.Learn(paragraphs.SelectMany(p => p.Links.Select(l => (p.Source[l.Source], p.Target[l.Target]))));
        return new SentenceAligner(model, lexicon, Measure(paragraphs, lexicon));
    }

    /// <summary>Counts how often each cue finds its partner in the sure links and in their neighbours
    /// (the same source sentence against the target sentence before or after).</summary>
    private static CueEvidence Measure(List<SureLinks> paragraphs, TranslationLexicon lexicon)
    {
        var aligned = new CueCounts();
        var neighbours = new CueCounts();
        foreach (var paragraph in paragraphs)
        {
            foreach (var (s, t) in paragraph.Links)
            {
                aligned.Add(paragraph, s, t, lexicon);
                foreach (var other in (ReadOnlySpan<int>)[t - 1, t + 1])
                {
                    if (other >= 0 && other < paragraph.Target.Length)
                    {
                        neighbours.Add(paragraph, s, other, lexicon);
                    }
                }
            }
        }
        var fallback = CueEvidence.Default;
        return new CueEvidence(
            Evidence.Measure(aligned.AnchorHits, aligned.Anchors, neighbours.AnchorHits, neighbours.Anchors, fallback.Anchor),
            Evidence.Measure(aligned.WordHits, aligned.Words, neighbours.WordHits, neighbours.Words, fallback.SourceWord),
            Evidence.Measure(aligned.TokenHits, aligned.Tokens, neighbours.TokenHits, neighbours.Tokens, fallback.TargetToken));
    }

    private sealed record SureLinks(int[][] Source, int[][] Target, (int[][] Source, int[][] Target) Anchors, List<(int Source, int Target)> Links);

    private sealed class CueCounts
    {
        public long Anchors;
        public long AnchorHits;
        public long Words;
        public long WordHits;
        public long Tokens;
        public long TokenHits;

        public void Add(SureLinks paragraph, int s, int t, TranslationLexicon lexicon)
        {
            var sourceAnchors = paragraph.Anchors.Source[s];
            var targetAnchors = paragraph.Anchors.Target[t];
            Anchors += sourceAnchors.Length + targetAnchors.Length;
            AnchorHits += 2 * AnchorExtractor.Matched(sourceAnchors, targetAnchors);
            var known = lexicon.Known(paragraph.Source[s]);
            var target = paragraph.Target[t];
            Words += known.Length;
            WordHits += lexicon.MatchedSource(known, target);
            Tokens += target.Count(lexicon.IsTranslation);
            TokenHits += AnchorExtractor.Matched(lexicon.TranslationsOf(known), target);
        }
    }
}
