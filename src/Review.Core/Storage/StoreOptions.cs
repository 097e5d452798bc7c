namespace Review.Core.Storage;

/// <summary>
/// How a store waits for other writers. <see cref="Clock"/> defaults to the system clock; tests pass
/// their own to move leases and session times without sleeping.
/// </summary>
public sealed record StoreOptions(TimeSpan BusyTimeout, TimeProvider? Clock = null)
{
    public static StoreOptions Default { get; } = new(TimeSpan.FromSeconds(5));

    internal TimeProvider Time => Clock ?? TimeProvider.System;
}
