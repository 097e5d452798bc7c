using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Storage;

public sealed class AnnotatorTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly ScratchDatabase db = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ReviewStore ana;
    private readonly ReviewStore ben;

    public AnnotatorTests()
    {
        var options = new StoreOptions(TimeSpan.FromSeconds(5), clock);
        ana = ReviewStore.Open(db.Path, options);
        ben = ReviewStore.Open(db.Path, options);
        SampleCorpus.Import(ana, 5);
    }

    public void Dispose()
    {
        ana.Dispose();
        ben.Dispose();
        db.Dispose();
    }

    [Fact]
    public void Positions_resume_per_annotator_across_reopening()
    {
        Assert.Null(ana.LastPosition("ana"));
        ana.SavePosition("ana", new PairId(2));
        ana.SavePosition("ana", new PairId(4));
        ben.SavePosition("ben", new PairId(1));

        using var reopened = ReviewStore.Open(db.Path);

        Assert.Equal(new PairId(4), reopened.LastPosition("ana"));
        Assert.Equal(new PairId(1), reopened.LastPosition("ben"));
    }

    [Fact]
    public void A_live_claim_keeps_others_out_until_it_expires()
    {
        // Leases run on the database's clock, which a test cannot move: a short one, and a real wait.
        var shortLease = TimeSpan.FromMilliseconds(400);
        Assert.True(ana.TryClaim(new PairId(1), "ana", shortLease));

        Assert.False(ben.TryClaim(new PairId(1), "ben", Lease));
        Assert.Equal("ana", ben.ClaimedBy(new PairId(1)));
        Assert.True(ana.TryClaim(new PairId(1), "ana", shortLease));

        Thread.Sleep(shortLease + TimeSpan.FromMilliseconds(200));

        Assert.Null(ben.ClaimedBy(new PairId(1)));
        Assert.True(ben.TryClaim(new PairId(1), "ben", Lease));
        Assert.Equal("ben", ana.ClaimedBy(new PairId(1)));
    }

    [Fact]
    public void NextPending_passes_pairs_claimed_by_someone_else()
    {
        ana.TryClaim(new PairId(1), "ana", Lease);

        Assert.Equal(2, ben.NextPending(0, "ben")!.Ord);
        Assert.Equal(1, ana.NextPending(0, "ana")!.Ord);
        Assert.Equal(2, ben.NextPending(5, "ben")!.Ord);
    }

    [Fact]
    public void Claiming_a_new_pair_releases_the_annotators_previous_claim()
    {
        ana.TryClaim(new PairId(1), "ana", Lease);
        ana.TryClaim(new PairId(2), "ana", Lease);

        Assert.Null(ben.ClaimedBy(new PairId(1)));
        Assert.Equal("ana", ben.ClaimedBy(new PairId(2)));
    }

    [Fact]
    public void Visit_saves_the_position_and_claims_in_one_step()
    {
        Assert.True(ana.Visit(new PairId(3), "ana", Lease));

        Assert.Equal(new PairId(3), ben.LastPosition("ana"));
        Assert.Equal("ana", ben.ClaimedBy(new PairId(3)));
        Assert.False(ben.Visit(new PairId(3), "ben", Lease));
        Assert.Equal(new PairId(3), ana.LastPosition("ben"));
        Assert.Equal("ana", ana.ClaimedBy(new PairId(3)));
    }

    [Fact]
    public void ReleaseClaims_frees_the_annotators_pairs_at_once()
    {
        ana.TryClaim(new PairId(3), "ana", Lease);

        ana.ReleaseClaims("ana");

        Assert.Null(ben.ClaimedBy(new PairId(3)));
        Assert.True(ben.TryClaim(new PairId(3), "ben", Lease));
    }

    [Fact]
    public void Two_annotators_on_one_file_see_each_others_decisions_at_once()
    {
        ana.Decide(new PairId(1), DecisionKind.Accept, null, "ana");

        Assert.Equal(PairStatus.Accepted, ben.StatusOf(new PairId(1)));
        Assert.Equal(2, ben.NextPending(0, "ben")!.Ord);
    }
}
