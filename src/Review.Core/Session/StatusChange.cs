using Review.Core.Pairs;

namespace Review.Core.Session;

/// <summary>A committed decision or undo: the pair's status before and after it.</summary>
public sealed record StatusChange(PairId Pair, PairStatus Before, PairStatus After);
