using Review.Core.Formats;
using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>One file's pairs going into the store inside a single transaction.</summary>
public interface IImportBatch : IDisposable
{
    long ImportId { get; }

    /// <summary>How many pairs the batch has added so far.</summary>
    long Count { get; }

    /// <summary>Stores one pair; a duplicate external id is a <see cref="StoreException"/> naming the line.</summary>
    PairId Add(NewPair pair);

    /// <summary>Stores one pair, or returns false (storing nothing) when its external id is taken.</summary>
    bool TryAdd(NewPair pair, out PairId pairId);

    /// <summary>
    /// Records a decision on a pair this batch added, in the batch's transaction, as
    /// <see cref="IDecisionLog.Decide"/> records one (the pair is new, so it supersedes nothing).
    /// Used to restore the decisions of review's own export.
    /// </summary>
    Decision AddDecision(PairId pair, DecisionKind kind, string? finalTarget, string annotator, DateTimeOffset at, string? note);

    /// <summary>
    /// Makes the whole file durable at once. The content hash is needed here when
    /// <see cref="IImportSink.BeginImport"/> was not given one; content imported before is a <see cref="StoreException"/>.
    /// </summary>
    ImportInfo Commit(string? contentHash = null);
}
