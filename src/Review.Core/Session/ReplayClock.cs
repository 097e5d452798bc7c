namespace Review.Core.Session;

/// <summary>
/// A clock set by hand: <see cref="CorpusMigration"/> replays each recorded decision at the time it
/// was first made, so that the copy's history (and its export) carries the original times.
/// </summary>
public sealed class ReplayClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

    public override DateTimeOffset GetUtcNow() => Now;
}
