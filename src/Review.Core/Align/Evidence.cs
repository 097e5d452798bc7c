namespace Review.Core.Align;

/// <summary>
/// What one cue (a lexicon word, an anchor) says about a bead, as a log-likelihood ratio in nats. q
/// is how often such a cue finds its partner across in sentences that translate each other, r how
/// often in a neighbouring sentence that does not. A cue that finds its partner adds ln(q/r) to the
/// bead's log-probability, one that does not adds ln((1−q)/(1−r)). Against two sentences a chance
/// partner is likelier, r₂ = 1 − (1 − r)², so a 2-1 bead cannot gain from its extra sentence alone.
/// A 1-0 or 0-1 bead has no other side, so it gets no evidence either way.
/// </summary>
public readonly record struct Evidence
{
    private const double Smallest = 0.02;
    private readonly double _hit;
    private readonly double _miss;
    private readonly double _hitAgainstTwo;
    private readonly double _missAgainstTwo;

    public Evidence(double q, double r)
    {
        Q = Math.Clamp(q, Smallest, 1 - Smallest);
        R = Math.Clamp(Math.Min(r, q), Smallest, 1 - Smallest);
        var r2 = Math.Min(1 - (1 - R) * (1 - R), Q);
        (_hit, _miss) = (Math.Log(Q / R), Math.Log((1 - Q) / (1 - R)));
        (_hitAgainstTwo, _missAgainstTwo) = (Math.Log(Q / r2), Math.Log((1 - Q) / (1 - r2)));
    }

    public double Q { get; }

    public double R { get; }

    /// <summary>Evidence from counts: <paramref name="alignedHits"/> of <paramref name="alignedCues"/> cues of
    /// translated sentence pairs found a partner, and <paramref name="neighbourHits"/> of <paramref name="neighbourCues"/>
    /// cues of untranslated neighbours did; <paramref name="fallback"/> when either count is too small.</summary>
    public static Evidence Measure(long alignedHits, long alignedCues, long neighbourHits, long neighbourCues, Evidence fallback) =>
        alignedCues < 50 || neighbourCues < 50
            ? fallback
            : new((double)alignedHits / alignedCues, (double)neighbourHits / neighbourCues);

    /// <summary>The cost in nats (−log-likelihood ratio) of <paramref name="hits"/> of <paramref name="cues"/> cues
    /// finding a partner among <paramref name="others"/> sentences (1 or 2) of the other side.</summary>
    public double Cost(int hits, int cues, int others = 1) =>
        others > 1 ? -(_hitAgainstTwo * hits + _missAgainstTwo * (cues - hits)) : -(_hit * hits + _miss * (cues - hits));
}
