namespace Review.Core.Align;

/// <summary>
/// One bead of a sentence alignment: <see cref="SourceCount"/> source sentences from
/// <see cref="SourceStart"/> against <see cref="TargetCount"/> target sentences from
/// <see cref="TargetStart"/> (1-1, 1-2, 2-1, 2-2, or 1-0 and 0-1 with an empty side).
/// <see cref="Confidence"/> is the posterior probability of this bead given both texts.
/// </summary>
public readonly record struct AlignmentLink(int SourceStart, int SourceCount, int TargetStart, int TargetCount, double Confidence)
{
    public string Kind => $"{SourceCount}-{TargetCount}";
}
