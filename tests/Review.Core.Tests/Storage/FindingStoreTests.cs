using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Storage;

public sealed class FindingStoreTests : IDisposable
{
    private readonly ScratchDatabase db = new();
    private readonly ReviewStore store;

    public FindingStoreTests()
    {
        store = ReviewStore.Open(db.Path);
        SampleCorpus.Import(store, 2);
    }

    public void Dispose()
    {
        store.Dispose();
        db.Dispose();
    }

    [Fact]
    public void Findings_come_back_in_order_with_spans_and_suggestion()
    {
        Finding[] findings =
        [
            new("numbers", Severity.Error, "12 became 21", [new TextSpan(0, 2), new TextSpan(10, 3)], [new TextSpan(4, 2)], "target \uD800 fixed"),
            new("brackets", Severity.Info, "unbalanced (", [], [new TextSpan(1, 1)]),
        ];

        store.ReplaceFindings(new PairId(1), findings);
        var stored = store.Findings(new PairId(1));

        Assert.Equal(2, stored.Count);
        for (var i = 0; i < findings.Length; i++)
        {
            Assert.Equal((findings[i].CheckId, findings[i].Severity, findings[i].Message, findings[i].SuggestedTarget),
                (stored[i].CheckId, stored[i].Severity, stored[i].Message, stored[i].SuggestedTarget));
            Assert.Equal(findings[i].SourceSpans, stored[i].SourceSpans);
            Assert.Equal(findings[i].TargetSpans, stored[i].TargetSpans);
        }
        Assert.Empty(store.Findings(new PairId(2)));
    }

    [Fact]
    public void Replacing_findings_drops_the_old_ones_of_that_pair_only()
    {
        store.ReplaceFindings(new PairId(1), [new Finding("old", Severity.Warning, "m", [], [])]);
        store.ReplaceFindings(new PairId(2), [new Finding("other", Severity.Warning, "m", [], [])]);

        store.ReplaceFindings(new PairId(1), [new Finding("new", Severity.Warning, "m", [], [])]);

        Assert.Equal(["new"], store.Findings(new PairId(1)).Select(f => f.CheckId));
        Assert.Equal(["other"], store.Findings(new PairId(2)).Select(f => f.CheckId));
        store.ReplaceFindings(new PairId(1), []);
        Assert.Empty(store.Findings(new PairId(1)));
    }

    [Fact]
    public void Spans_are_stored_as_json_that_sqlite_can_read()
    {
        store.ReplaceFindings(new PairId(1), [new Finding("x", Severity.Info, "m", [new TextSpan(3, 4)], [])]);

        Assert.Equal(4, RawSqlite.Number(db.Path, "SELECT source_spans ->> '$[0][1]' FROM findings"));
    }

    [Fact]
    public void Findings_of_many_pairs_are_replaced_in_one_call()
    {
        store.ReplaceFindings(new PairId(1), [new Finding("old", Severity.Warning, "m", [], [])]);

        store.ReplaceFindings(new Dictionary<PairId, IReadOnlyList<Finding>>
        {
            [new PairId(1)] = [],
            [new PairId(2)] = [new Finding("a", Severity.Info, "m", [], []), new Finding("b", Severity.Error, "m", [], [])],
        });

        Assert.Empty(store.Findings(new PairId(1)));
        Assert.Equal(["a", "b"], store.Findings(new PairId(2)).Select(f => f.CheckId));
    }
}
