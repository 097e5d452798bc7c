using Review.Core.Agreement;
using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Agreement;

/// <summary>
/// Agreement on a real SQLite file that several annotators decided, each through their own store
/// handle as their own process would: current decisions, undo, the figures, adjudication.
/// </summary>
public sealed class TeamAgreementTests : IDisposable
{
    private readonly ScratchDatabase _db = new();
    private readonly ReviewStore _ana;
    private readonly ReviewStore _ben;
    private readonly ReviewStore _cho;

    public TeamAgreementTests()
    {
        _ana = ReviewStore.Open(_db.Path);
        _ben = ReviewStore.Open(_db.Path);
        _cho = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(_ana, 6);
    }

    public void Dispose()
    {
        _ana.Dispose();
        _ben.Dispose();
        _cho.Dispose();
        _db.Dispose();
    }

    private static PairId P(long ord) => new(ord);

    [Fact]
    public void An_annotators_current_decision_is_their_latest_one_not_undone()
    {
        _ana.Decide(P(1), DecisionKind.Accept, null, "ana");
        var edit = _ana.Decide(P(1), DecisionKind.Edit, "고친 번역", "ana");
        _ben.Decide(P(1), DecisionKind.Reject, null, "ben");
        var benEdit = _ben.Decide(P(2), DecisionKind.Edit, "ben's", "ben");
        _ben.Decide(P(2), DecisionKind.Reject, null, "ben");
        _ben.Undo("ben");

        var pairs = CurrentDecisions.ByPair(_ana.HistoryInCorpusOrder()).ToList();

        Assert.Equal([P(1), P(2)], pairs.Select(p => p.Pair));
        Assert.Equal([("ana", edit.Id), ("ben", pairs[0].Annotations[1].Id)], pairs[0].Annotations.Select(d => (d.Annotator, d.Id)));
        Assert.Equal(DecisionKind.Reject, pairs[0].Annotations[1].Kind);
        Assert.Equal(benEdit.Id, Assert.Single(pairs[1].Annotations).Id);
        Assert.True(pairs[0].Disagree);
        Assert.False(pairs[1].Disagree);
    }

    [Fact]
    public void Three_annotators_on_the_same_pairs_give_alpha_kappa_and_edit_similarity_with_their_counts()
    {
        // Pair:  1       2       3                4       5       6
        // ana    accept  reject  edit "abcd"      accept  skip    accept
        // ben    accept  reject  edit "abcx"      reject  accept  -
        // cho    accept  reject  -                -       -       -
        foreach (var (store, who) in new[] { (_ana, "ana"), (_ben, "ben"), (_cho, "cho") })
        {
            store.Decide(P(1), DecisionKind.Accept, null, who);
            store.Decide(P(2), DecisionKind.Reject, null, who);
        }
        _ana.Decide(P(3), DecisionKind.Edit, "abcd", "ana");
        _ben.Decide(P(3), DecisionKind.Edit, "abcx", "ben");
        _ana.Decide(P(4), DecisionKind.Accept, null, "ana");
        _ben.Decide(P(4), DecisionKind.Reject, null, "ben");
        _ana.Decide(P(5), DecisionKind.Skip, null, "ana");
        _ben.Decide(P(5), DecisionKind.Accept, null, "ben");
        _ana.Decide(P(6), DecisionKind.Accept, null, "ana");

        var report = AgreementAnalysis.Of(_ana.HistoryInCorpusOrder());

        Assert.Equal(["ana", "ben", "cho"], report.Annotators);
        Assert.Equal((6L, 4L, 2L, 0L), (report.PairsDecided, report.PairsShared, report.Disagreements, report.Adjudicated));
        // Units 1-4 are pairable (5 has one judgement, the skip is missing; 6 has one): n = 3 + 3 + 2 + 2 = 10.
        Assert.Equal((4L, 10L), (report.Alpha.Units, report.Alpha.PairableValues));
        // o(accept,reject) = o(reject,accept) = 1 (unit 4); n_accept = 4, n_reject = 4, n_edit = 2.
        // alpha = 1 - 9 * 2 / (100 - 36) = 0.71875.
        Assert.Equal(1 - (9.0 * 2 / 64), report.Alpha.Value!.Value, 12);
        var anaBen = report.AnnotatorPairs.Single(p => (p.First, p.Second) == ("ana", "ben"));
        Assert.Equal((4L, 3L), (anaBen.Kappa.Units, anaBen.Kappa.Agreements));
        // ana: accept 2, reject 1, edit 1; ben: accept 1, reject 2, edit 1; p_e = (2 + 2 + 1) / 16.
        Assert.Equal((0.75 - (5.0 / 16)) / (1 - (5.0 / 16)), anaBen.Kappa.Value!.Value, 12);
        Assert.Equal(0.75, anaBen.Edits.Mean!.Value, 12);
        Assert.Equal((1L, 0L), (anaBen.Edits.Compared, anaBen.Edits.Identical));
        Assert.Equal(["ana-ben", "ana-cho", "ben-cho"], report.AnnotatorPairs.Select(p => $"{p.First}-{p.Second}"));
        Assert.Equal(1.0, report.AnnotatorPairs.Single(p => p.Second == "cho" && p.First == "ana").Kappa.Value);
        Assert.Equal(report.Edits, anaBen.Edits);
    }

    [Fact]
    public void One_annotator_gives_no_pairable_units_and_no_annotator_pairs()
    {
        _ana.Decide(P(1), DecisionKind.Accept, null, "ana");
        _ana.Decide(P(2), DecisionKind.Reject, null, "ana");

        var report = AgreementAnalysis.Of(_ana.HistoryInCorpusOrder());

        Assert.Null(report.Alpha.Value);
        Assert.Equal(0, report.Alpha.Units);
        Assert.Empty(report.AnnotatorPairs);
        Assert.Equal(2, report.PairsDecided);
    }

    [Fact]
    public void Annotators_without_overlap_share_no_unit()
    {
        _ana.Decide(P(1), DecisionKind.Accept, null, "ana");
        _ben.Decide(P(2), DecisionKind.Reject, null, "ben");

        var report = AgreementAnalysis.Of(_ana.HistoryInCorpusOrder());

        Assert.Equal(["ana", "ben"], report.Annotators);
        Assert.Null(report.Alpha.Value);
        Assert.Equal((0L, 0L), (report.PairsShared, report.Alpha.PairableValues));
        Assert.Empty(report.AnnotatorPairs);
    }

    [Fact]
    public void An_empty_database_reports_nothing_and_undefined_figures()
    {
        var report = AgreementAnalysis.Of(_ana.HistoryInCorpusOrder());

        Assert.Empty(report.Annotators);
        Assert.Null(report.Alpha.Value);
        Assert.Equal(SimilaritySummary.None, report.Edits);
    }

    [Fact]
    public void An_adjudication_becomes_the_final_decision_counts_in_no_figure_and_shows_in_the_history()
    {
        _ana.Decide(P(2), DecisionKind.Accept, null, "ana");
        var benDecision = _ben.Decide(P(2), DecisionKind.Edit, "ben's text", "ben");
        var before = AgreementAnalysis.Of(_ana.HistoryInCorpusOrder());

        var final = _cho.Adjudicate(P(2), benDecision.Id, DecisionKind.TakeSuggestion, null, "cho")!;

        Assert.Equal(DecisionRole.Adjudication, final.Role);
        Assert.Equal(PairStatus.Fixed, _ana.StatusOf(P(2)));
        Assert.Equal("suggestion 2", _ana.FinalTarget(P(2)));
        Assert.Equal(final, _ana.EffectiveDecision(P(2)));
        Assert.Equal(DecisionRole.Adjudication, _ana.History(P(2))[^1].Role);
        Assert.All(_ana.History(P(2)).SkipLast(1), d => Assert.Equal(DecisionRole.Annotation, d.Role));
        var pair = CurrentDecisions.ByPair(_ana.HistoryInCorpusOrder()).Single();
        Assert.Equal(final, pair.Adjudication);
        Assert.Equal(["ana", "ben"], pair.Annotations.Select(d => d.Annotator));
        var after = AgreementAnalysis.Of(_ana.HistoryInCorpusOrder());
        Assert.Equal(before.Alpha, after.Alpha with { Coincidences = before.Alpha.Coincidences });
        Assert.Equal(before.Annotators, after.Annotators);
        Assert.Equal(1, after.Adjudicated);
    }

    [Fact]
    public void An_adjudication_on_a_pair_that_moved_on_is_refused_and_recorded_nowhere()
    {
        var first = _ana.Decide(P(2), DecisionKind.Accept, null, "ana");
        _ben.Decide(P(2), DecisionKind.Reject, null, "ben");

        Assert.Null(_cho.Adjudicate(P(2), first.Id, DecisionKind.Accept, null, "cho"));
        Assert.Equal(2, _ana.History(P(2)).Count);
    }

    [Fact]
    public void The_adjudicator_can_undo_their_final_word()
    {
        _ana.Decide(P(1), DecisionKind.Accept, null, "ana");
        var benDecision = _ben.Decide(P(1), DecisionKind.Reject, null, "ben");
        _cho.Adjudicate(P(1), benDecision.Id, DecisionKind.Accept, null, "cho");

        _cho.Undo("cho");

        Assert.Equal(benDecision, _ana.EffectiveDecision(P(1)));
        Assert.Null(CurrentDecisions.ByPair(_ana.HistoryInCorpusOrder()).Single().Adjudication);
    }
}
