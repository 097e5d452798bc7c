using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// What <c>review migrate</c> reads in bulk beyond the other ports: the team's state that no other
/// port lists whole (which decision is in force on each pair, whose slice it is in, where everyone was).
/// </summary>
public interface IStoredState
{
    /// <summary>
    /// Every pair that has an effective decision or a slice, in corpus order, streamed. Enumerate it
    /// to the end (or dispose it) before using the store for anything else.
    /// </summary>
    IEnumerable<StoredPairState> PairStatesInCorpusOrder();

    /// <summary>Each annotator's resume position.</summary>
    IReadOnlyDictionary<string, PairId> Positions();
}
