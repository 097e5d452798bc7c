using Review.Core.Pairs;

namespace Review.Cli.Screen;

/// <summary>COMMIT returned for a decision or an undo, moving the pair from Before to After.</summary>
public sealed record DecisionCommitted(PairId Pair, PairStatus Before, PairStatus After, bool IsUndo) : ReviewAction;
