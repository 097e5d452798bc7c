using Review.Core.Pairs;

namespace Review.Cli.Screen;

/// <summary>Change the alignment at the pair on screen; a split's cuts are offsets into its source and target.</summary>
public sealed record RealignEffect(PairId Pair, AlignmentOperation Operation, int SourceCut = 0, int TargetCut = 0) : ReviewEffect;
