using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// How a store waits for other writers. <see cref="Clock"/> times decisions, imports and positions
/// and defaults to the system clock; tests pass their own to move session times without sleeping.
/// Leases never use it: they run on the database's clock, which every process shares.
/// </summary>
public sealed record StoreOptions(TimeSpan BusyTimeout, TimeProvider? Clock = null)
{
    public static StoreOptions Default { get; } = new(TimeSpan.FromSeconds(5));

    /// <summary>
    /// Opens without waiting for <c>quick_check</c>, which reads the whole file: the check runs on
    /// its own connection while reads go ahead, and every write waits for its verdict (a damaged
    /// file throws <see cref="StoreException"/> and nothing is written). A foreign or newer file is
    /// still refused at once, and when opening must write (a migration) the check comes first.
    /// For the review screen, whose first frame should not wait for a read of the whole file.
    /// </summary>
    public bool VerifyInBackground { get; init; }

    internal TimeProvider Time => Clock ?? TimeProvider.System;
}
