using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class FilterCountContract : IDisposable
{
    private static readonly HashSet<PairStatus> NoStatus = [];
    private static readonly HashSet<string> NoCheck = [];
    private static readonly HashSet<Severity> NoSeverity = [];

    private readonly StoreFixture _fixture;
    private readonly IReviewStore _store;

    protected FilterCountContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _store = fixture.Open();
        SampleCorpus.Import(_store, 10);
        _store.Decide(IdAt(2), DecisionKind.Accept, null, "ana");
        _store.Decide(IdAt(5), DecisionKind.Reject, null, "ana");
        _store.Decide(IdAt(7), DecisionKind.Accept, null, "ana");
        _store.ReplaceFindings(IdAt(3), [new Finding("placeholder", Severity.Error, "m", [], [])]);
        _store.ReplaceFindings(IdAt(7), [new Finding("length", Severity.Warning, "m", [], []), new Finding("placeholder", Severity.Error, "m", [], [])]);
        _store.ReplaceFindings(IdAt(9), [new Finding("length", Severity.Warning, "m", [], [])]);
    }

    private static HashSet<T> Set<T>(params T[] items) => [.. items];

    private PairId IdAt(long ord) => _store.FindByOrd(ord)!.Id;

    public void Dispose()
    {
        _store.Dispose();
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Statuses_are_counted_over_a_stretch_of_corpus_order()
    {
        HashSet<PairStatus> accepted = [PairStatus.Accepted];
        HashSet<PairStatus> pending = [PairStatus.Pending];

        Assert.Equal(2, _store.CountMatching(accepted, NoCheck, NoSeverity, 0, long.MaxValue));
        Assert.Equal(1, _store.CountMatching(accepted, NoCheck, NoSeverity, 2, 10));
        Assert.Equal(1, _store.CountMatching(accepted, NoCheck, NoSeverity, 0, 2));
        Assert.Equal(0, _store.CountMatching(accepted, NoCheck, NoSeverity, 2, 6));
        Assert.Equal(7, _store.CountMatching(pending, NoCheck, NoSeverity, 0, long.MaxValue));
        Assert.Equal(3, _store.CountMatching(Set(PairStatus.Accepted, PairStatus.Rejected), NoCheck, NoSeverity, 0, 10));
    }

    [Fact]
    public void Finding_terms_are_ored_and_anded_with_the_statuses()
    {
        Assert.Equal(2, _store.CountMatching(NoStatus, Set("placeholder"), NoSeverity, 0, long.MaxValue));
        Assert.Equal(3, _store.CountMatching(NoStatus, Set("placeholder"), Set(Severity.Warning), 0, long.MaxValue));
        Assert.Equal(2, _store.CountMatching(NoStatus, NoCheck, Set(Severity.Warning), 0, long.MaxValue));
        Assert.Equal(1, _store.CountMatching(Set(PairStatus.Pending), Set("placeholder"), NoSeverity, 0, long.MaxValue));
        Assert.Equal(1, _store.CountMatching(NoStatus, Set("length"), NoSeverity, 7, 10));
    }

    [Fact]
    public void A_count_with_no_terms_counts_every_pair_in_the_stretch()
    {
        Assert.Equal(10, _store.CountMatching(NoStatus, NoCheck, NoSeverity, 0, long.MaxValue));
        Assert.Equal(3, _store.CountMatching(NoStatus, NoCheck, NoSeverity, 4, 7));
        Assert.Equal(0, _store.CountMatching(NoStatus, NoCheck, NoSeverity, 7, 7));
    }
}
