using Review.Core.Checks;

namespace Review.Core.Align;

/// <summary>
/// Aligns the sentences of a paragraph pair by dynamic programming over beads (<see cref="Bead"/>).
/// A bead costs, in nats:
/// <code>
/// cost = −log P(kind)                                   prior (Gale &amp; Church 1993)
///      + −log 2(1 − Φ(|δ|))                              length (<see cref="LengthModel"/>), not for 1-0 and 0-1
///      + AnchorWeight · anchors without a partner        numbers, shared Latin words, ? % ( (<see cref="AnchorExtractor"/>)
///      + SourceWordWeight · source lexicon words without a translation in the bead (<see cref="TranslationLexicon"/>, when learnt)
///      + OrphanCost per sentence of a 2-1, 1-2 or 2-2 bead that shares no lexicon word with the other side
/// </code>
/// The search stays in a beam of <see cref="Beam"/> sentences around the diagonal, so its cost is
/// linear in the paragraph's length. A forward and a backward pass over the same beam give each
/// bead of the best path its posterior probability, the link's confidence.
/// </summary>
public sealed class SentenceAligner(LengthModel model, TranslationLexicon? lexicon = null)
{
    public const int Beam = 8;

    // Set on the gettext test set (docs/align.md): higher or lower values lost link F1 there.
    public const double AnchorWeight = 2.0;
    public const double SourceWordWeight = 0.5;
    public const double OrphanCost = 6.0;

    public LengthModel Model { get; } = model;

    public TranslationLexicon? Lexicon { get; } = lexicon;

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
        var length = i == i0 || j == j0
            ? 0
            : Model.Cost(Sum(paragraph.SourceLengths, i0, i), Sum(paragraph.TargetLengths, j0, j));
        var anchors = AnchorExtractor.Unmatched(
            buffers.Joined(paragraph.SourceAnchors, i0, i, source: true),
            buffers.Joined(paragraph.TargetAnchors, j0, j, source: false));
        return length + AnchorWeight * anchors + (paragraph.Lexical is { } lexical ? LexicalCost(lexical, i0, i, j0, j) : 0);
    }

    private static double LexicalCost(LexicalMatches lexical, int i0, int i, int j0, int j)
    {
        var several = i - i0 + j - j0 > 2;
        var cost = 0.0;
        for (var s = i0; s < i; s++)
        {
            var matched = 0;
            for (var t = j0; t < j; t++)
            {
                matched += lexical.SourceMatched(s, t);
            }
            cost += SourceWordWeight * Math.Max(0, lexical.SourceKnown(s) - matched);
            cost += several && matched == 0 && lexical.SourceKnown(s) >= 2 ? OrphanCost : 0;
        }
        for (var t = j0; t < j; t++)
        {
            var matched = 0;
            for (var s = i0; s < i; s++)
            {
                matched += lexical.TargetMatched(s, t);
            }
            cost += several && matched == 0 && lexical.TargetKnown(t) >= 3 ? OrphanCost : 0;
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
