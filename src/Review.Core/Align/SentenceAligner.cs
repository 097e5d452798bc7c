using Review.Core.Checks;

namespace Review.Core.Align;

/// <summary>
/// Aligns the sentences of a paragraph pair by dynamic programming over beads (<see cref="Bead"/>).
/// A bead costs, in nats (a negative log-probability, up to a constant):
/// <code>
/// cost = −log P(kind)                                   prior (Gale &amp; Church 1993)
///      + −log 2(1 − Φ(|δ|))                              length (<see cref="LengthModel"/>)
///      − Σ over anchors          [hit ? ln(q/r) : ln((1−q)/(1−r))]    (<see cref="AnchorExtractor"/>)
///      − Σ over lexicon words    [the same, with their own q and r]    (<see cref="TranslationLexicon"/>, when learnt)
///      − Σ over target tokens that translate a lexicon word [likewise]
/// </code>
/// where q is how often such a cue finds its partner across in sentences that translate each
/// other and r how often in untranslated neighbours (<see cref="CueEvidence"/>, measured on the
/// corpus). A 1-0 or 0-1 bead pays its prior alone: there is no other side to hold evidence, and
/// its length says nothing about a translation that is not there.
/// The search stays in a beam of <see cref="Beam"/> sentences around the diagonal, so its cost is
/// linear in the paragraph's length. A forward and a backward pass over the same beam give each
/// bead of the best path its posterior probability, the link's confidence.
/// </summary>
public sealed class SentenceAligner(LengthModel model, TranslationLexicon? lexicon = null, CueEvidence? cues = null)
{
    public const int Beam = 8;

    /// <summary>Lexical tokens overlap (a Korean character and the bigrams it is in, a word and its
    /// neighbours' translations), so their evidence is not independent and is scaled down; set on
    /// the development sets (docs/align.md).</summary>
    public const double LexicalScale = 0.25;

    public LengthModel Model { get; } = model;

    public TranslationLexicon? Lexicon { get; } = lexicon;

    public CueEvidence Cues { get; } = cues ?? CueEvidence.Default;

    public AlignmentLink[] Align(IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        var lattice = new BeadLattice(source.Count, target.Count, Beam);
        var (sourceAnchors, targetAnchors) = AnchorExtractor.Of(source, target);
        var paragraph = new ParagraphFeatures(
            [.. source.Select(s => LengthRatioBand.Measure(s))],
            [.. target.Select(s => LengthRatioBand.Measure(s))],
            sourceAnchors,
            targetAnchors,
            Lexicon is null ? null : new LexicalMatches(Lexicon, lattice, source, target));
        return lattice.BestPath(BeadCosts(lattice, paragraph));
    }

    /// <summary>The cost of every bead that ends in a cell of the beam, <see cref="double.PositiveInfinity"/> where none fits.</summary>
    private double[] BeadCosts(BeadLattice lattice, ParagraphFeatures paragraph)
    {
        var beads = Bead.All;
        var costs = new double[lattice.CellCount * beads.Length];
        var buffers = new AnchorBuffers();
        for (var i = 0; i <= lattice.SourceCount; i++)
        {
            for (var j = lattice.Low(i); j <= lattice.High(i); j++)
            {
                var cell = lattice.Cell(i, j);
                for (var b = 0; b < beads.Length; b++)
                {
                    var bead = beads[b];
                    var i0 = i - bead.Source;
                    var j0 = j - bead.Target;
                    costs[cell * beads.Length + b] = i0 < 0 || j0 < 0 || !lattice.Contains(i0, j0)
                        ? double.PositiveInfinity
                        : bead.PriorCost + Cost(paragraph, i0, i, j0, j, buffers);
                }
            }
        }
        return costs;
    }

    private double Cost(ParagraphFeatures paragraph, int i0, int i, int j0, int j, AnchorBuffers buffers)
    {
        if (i == i0 || j == j0)
        {
            return 0;
        }
        var length = Model.Cost(Sum(paragraph.SourceLengths, i0, i), Sum(paragraph.TargetLengths, j0, j));
        var sourceAnchors = buffers.Joined(paragraph.SourceAnchors, i0, i, source: true);
        var targetAnchors = buffers.Joined(paragraph.TargetAnchors, j0, j, source: false);
        var anchors = Cues.Anchor.Cost(2 * AnchorExtractor.Matched(sourceAnchors, targetAnchors), sourceAnchors.Length + targetAnchors.Length);
        return length + anchors + (paragraph.Lexical is { } lexical ? LexicalScale * LexicalCost(lexical, i0, i, j0, j) : 0);
    }

    private double LexicalCost(LexicalMatches lexical, int i0, int i, int j0, int j)
    {
        var cost = 0.0;
        for (var s = i0; s < i; s++)
        {
            var matched = 0;
            for (var t = j0; t < j; t++)
            {
                matched += lexical.SourceMatched(s, t);
            }
            cost += Cues.SourceWord.Cost(Math.Min(matched, lexical.SourceKnown(s)), lexical.SourceKnown(s), j - j0);
        }
        for (var t = j0; t < j; t++)
        {
            var matched = 0;
            for (var s = i0; s < i; s++)
            {
                matched += lexical.TargetMatched(s, t);
            }
            cost += Cues.TargetToken.Cost(Math.Min(matched, lexical.TargetKnown(t)), lexical.TargetKnown(t), i - i0);
        }
        return cost;
    }

    private static int Sum(int[] lengths, int from, int to)
    {
        var sum = 0;
        for (var k = from; k < to; k++)
        {
            sum += lengths[k];
        }
        return sum;
    }

    private sealed record ParagraphFeatures(
        int[] SourceLengths, int[] TargetLengths, int[][] SourceAnchors, int[][] TargetAnchors, LexicalMatches? Lexical);

    /// <summary>Room to join the anchors of two sentences, one buffer a side, reused for every bead.</summary>
    private sealed class AnchorBuffers
    {
        private int[] _source = new int[64];
        private int[] _target = new int[64];

        /// <summary>The sorted anchors of sentences <paramref name="from"/> to <paramref name="to"/> (at most two).</summary>
        public ReadOnlySpan<int> Joined(int[][] anchors, int from, int to, bool source)
        {
            if (to - from == 0)
            {
                return [];
            }
            if (to - from == 1)
            {
                return anchors[from];
            }
            var total = anchors[from].Length + anchors[from + 1].Length;
            ref var buffer = ref source ? ref _source : ref _target;
            if (total > buffer.Length)
            {
                buffer = new int[total * 2];
            }
            var joined = buffer.AsSpan(0, total);
            anchors[from].CopyTo(joined);
            anchors[from + 1].CopyTo(joined[anchors[from].Length..]);
            joined.Sort();
            return joined;
        }
    }
}
