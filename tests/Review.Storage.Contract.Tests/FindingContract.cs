using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Contract.Tests;

public abstract class FindingContract : IDisposable
{
    private readonly StoreFixture _fixture;
    private readonly IReviewStore _store;

    protected FindingContract(StoreFixture fixture)
    {
        _fixture = fixture;
        _store = fixture.Open();
        SampleCorpus.Import(_store, 2);
    }

    /// <summary>Ids are the store's own; tests name pairs by their place in corpus order.</summary>
    private PairId IdAt(long ord) => _store.FindByOrd(ord)!.Id;

    public void Dispose()
    {
        _store.Dispose();
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Findings_come_back_in_order_with_spans_and_suggestion()
    {
        Finding[] findings =
        [
            new("numbers", Severity.Error, "12 became 21", [new TextSpan(0, 2), new TextSpan(10, 3)], [new TextSpan(4, 2)], "target \uD800 fixed"),
            new("brackets", Severity.Info, "unbalanced (", [], [new TextSpan(1, 1)]),
        ];

        _store.ReplaceFindings(IdAt(1), findings);
        var stored = _store.Findings(IdAt(1));

        Assert.Equal(2, stored.Count);
        for (var i = 0; i < findings.Length; i++)
        {
            Assert.Equal((findings[i].CheckId, findings[i].Severity, findings[i].Message, findings[i].SuggestedTarget),
                (stored[i].CheckId, stored[i].Severity, stored[i].Message, stored[i].SuggestedTarget));
            Assert.Equal(findings[i].SourceSpans, stored[i].SourceSpans);
            Assert.Equal(findings[i].TargetSpans, stored[i].TargetSpans);
        }
        Assert.Empty(_store.Findings(IdAt(2)));
    }

    [Fact]
    public void Replacing_findings_drops_the_old_ones_of_that_pair_only()
    {
        _store.ReplaceFindings(IdAt(1), [new Finding("old", Severity.Warning, "m", [], [])]);
        _store.ReplaceFindings(IdAt(2), [new Finding("other", Severity.Warning, "m", [], [])]);

        _store.ReplaceFindings(IdAt(1), [new Finding("new", Severity.Warning, "m", [], [])]);

        Assert.Equal(["new"], _store.Findings(IdAt(1)).Select(f => f.CheckId));
        Assert.Equal(["other"], _store.Findings(IdAt(2)).Select(f => f.CheckId));
        _store.ReplaceFindings(IdAt(1), []);
        Assert.Empty(_store.Findings(IdAt(1)));
    }

    [Fact]
    public void Findings_of_many_pairs_are_replaced_in_one_call()
    {
        _store.ReplaceFindings(IdAt(1), [new Finding("old", Severity.Warning, "m", [], [])]);

        _store.ReplaceFindings(new Dictionary<PairId, IReadOnlyList<Finding>>
        {
            [IdAt(1)] = [],
            [IdAt(2)] = [new Finding("a", Severity.Info, "m", [], []), new Finding("b", Severity.Error, "m", [], [])],
        });

        Assert.Empty(_store.Findings(IdAt(1)));
        Assert.Equal(["a", "b"], _store.Findings(IdAt(2)).Select(f => f.CheckId));
    }

    [Fact]
    public void Findings_of_many_pairs_are_read_in_one_call()
    {
        _store.ReplaceFindings(new Dictionary<PairId, IReadOnlyList<Finding>>
        {
            [IdAt(1)] = [new Finding("b", Severity.Error, "first", [new TextSpan(0, 1)], [], "fixed \uD800"), new Finding("a", Severity.Info, "second", [], [])],
            [IdAt(2)] = [new Finding("c", Severity.Warning, "third", [], [new TextSpan(2, 3)])],
        });

        var read = _store.Findings([IdAt(2), IdAt(1), new PairId(IdAt(2).Value + 1000)]);

        Assert.Equal(2, read.Count);
        Assert.Equal(["b", "a"], read[IdAt(1)].Select(f => f.CheckId));
        Assert.Equal(("first", "fixed \uD800"), (read[IdAt(1)][0].Message, read[IdAt(1)][0].SuggestedTarget));
        Assert.Equal([new TextSpan(0, 1)], read[IdAt(1)][0].SourceSpans);
        Assert.Equal([new TextSpan(2, 3)], read[IdAt(2)][0].TargetSpans);
        Assert.Empty(_store.Findings([]));
    }
}
