namespace Review.Cli.Tests.Screen;

/// <summary>A clock that moves only when told, so status lines (pace, ETA) are the same on every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
