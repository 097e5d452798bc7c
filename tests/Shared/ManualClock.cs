namespace Review.Tests.Shared;

/// <summary>A clock the test moves by hand, so leases expire and sessions end without sleeping.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
