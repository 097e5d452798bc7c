using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>One pair's team state: the decision its status comes from (null: pending) and whose slice it is in (null: nobody's).</summary>
public sealed record StoredPairState(PairId Pair, long? EffectiveDecision, string? SliceOwner);
