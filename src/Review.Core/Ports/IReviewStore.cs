namespace Review.Core.Ports;

/// <summary>
/// One review store, whatever its backend: every port in one handle, as a command or a screen
/// opens it. An instance is used by one thread at a time; several processes may share the store.
/// </summary>
public interface IReviewStore : IPairQueries, IDecisionLog, IClaims, IPositions, IFindingStore, IImportSink, IExportSource, IStoreStatistics,
    IFilterCounts, ITeamDecisions, IWorkQueue, IOverlapDecisions, IAlignmentEdits, IStoredState, IDisposable
{
    /// <summary>Where the store is, as messages name it (a file's full path, a server's address).</summary>
    string Location { get; }
}
