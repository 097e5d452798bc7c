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
    /// Records a pair's whole history as review's own export carries it (the LiteDB file's
    /// decisions, or every annotator's decision of a JSONL export with decisions), in the batch's
    /// transaction, on a pair this batch added: each decision in order, with its role and hunks,
    /// superseding what it superseded (<see cref="Decision.Id"/> and <see cref="Decision.Supersedes"/>
    /// are the export's numbers; the store gives its own). Then the decision numbered
    /// <paramref name="effective"/> becomes the pair's effective one (null: the pair stays pending),
    /// and the pair's deciders are counted as the overlap decisions count them
    /// (<see cref="RestoredHistory.StateOf"/>). Returns the decisions as stored.
    /// </summary>
    IReadOnlyList<Decision> AddHistory(PairId pair, IReadOnlyList<Decision> history, long? effective);

    /// <summary>
    /// Makes the whole file durable at once. The content hash is needed here when
    /// <see cref="IImportSink.BeginImport"/> was not given one; content imported before is a <see cref="StoreException"/>.
    /// </summary>
    ImportInfo Commit(string? contentHash = null);
}
