namespace Review.Core.Align;

/// <summary>A kind of bead the aligner may lay: how many sentences it takes from each side, and
/// <c>−log P(kind)</c>, its prior cost.</summary>
public readonly record struct Bead(int Source, int Target, double PriorCost)
{
    /// <summary>Gale and Church's priors (1-1 0.89, 2-1 and 1-2 0.089 together, 2-2 0.011), with
    /// 2-1 and 1-2 at 0.025, 2-2 at 0.002 and a deletion (1-0, 0-1) at 0.04, set on the development
    /// half of the gettext sets (docs/align.md): in paragraphs of short, similar sentences a merge
    /// otherwise wins too often.</summary>
    public static readonly Bead[] All =
    [
        new(1, 1, -Math.Log(0.89)),
        new(2, 1, -Math.Log(0.025)),
        new(1, 2, -Math.Log(0.025)),
        new(1, 0, -Math.Log(0.04)),
        new(0, 1, -Math.Log(0.04)),
        new(2, 2, -Math.Log(0.002)),
    ];
}
