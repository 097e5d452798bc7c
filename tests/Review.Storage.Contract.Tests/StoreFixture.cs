using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

/// <summary>
/// One empty store for one test, on one backend. The contract suites reach it only through the
/// ports; each <see cref="Open"/> is a new handle, as another annotator's process would hold. A
/// backend joins the suite with a fixture and one small class per contract that passes it in.
/// </summary>
public abstract class StoreFixture : IDisposable
{
    /// <summary>A new handle on this test's store; decisions are timed by <paramref name="clock"/> when one is given.</summary>
    public abstract IReviewStore Open(TimeProvider? clock = null);

    public abstract void Dispose();
}
