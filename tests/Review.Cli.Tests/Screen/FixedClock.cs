namespace Review.Cli.Tests.Screen;

/// <summary>A clock that moves only when told, so status lines (pace, ETA) are the same on every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
