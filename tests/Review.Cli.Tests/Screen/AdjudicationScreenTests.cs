using Review.Cli.Tests.Commands;
using Review.Core.Agreement;
using Review.Core.Pairs;

namespace Review.Cli.Tests.Screen;

/// <summary>
/// <c>review open --adjudicate</c> through the real loop, store and renderer into an InMemoryTerminal,
/// on a database three annotators decided (see <see cref="TeamCorpus"/>): pairs 2 and 3 disagree.
/// </summary>
public sealed class AdjudicationScreenTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public AdjudicationScreenTests() => _db = TeamCorpus.Create(_folder);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Wide_the_annotators_decisions_sit_side_by_side_with_the_diff_between_their_edits()
    {
        using var screen = new ScreenHarness(_db, 120, 24, "lead", adjudicate: true);

        screen.Keys("j");

        ScreenSnapshot.Match("adjudicate-edits-120x24", screen.Screen);
        var titles = screen.Screen.Split('\n').Single(l => l.Contains("ana · edit"));
        Assert.Contains("ben · edit · 2026-12-01 10:00 · vs ana", titles);
        Assert.Contains("t3 · edited · lead adjudicating", screen.Screen);
    }

    [Fact]
    public void Narrow_the_decisions_stack()
    {
        using var screen = new ScreenHarness(_db, 40, 12, "lead", adjudicate: true);

        ScreenSnapshot.Match("adjudicate-first-40x12", screen.Screen);
        var lines = screen.Screen.Split('\n').ToList();
        Assert.True(lines.FindIndex(l => l.Contains("ana · accept")) < lines.FindIndex(l => l.Contains("ben · reject")));
    }

    [Fact]
    public void The_walk_opens_on_the_first_disagreement_and_steps_only_through_disagreements()
    {
        using var screen = new ScreenHarness(_db, 80, 24, "lead", adjudicate: true);
        Assert.Contains("pair 2 of 6", screen.Screen);
        Assert.Contains("2 disagreements, 0 adjudicated", screen.Screen);

        screen.Keys("j");
        Assert.Contains("pair 3 of 6", screen.Screen);

        screen.Keys("j");
        Assert.Contains("pair 3 of 6", screen.Screen);
        Assert.Contains("this is the last disagreement", screen.Screen);
    }

    [Fact]
    public void A_decision_becomes_the_pairs_final_one_recorded_as_an_adjudication_and_the_walk_goes_on()
    {
        using var screen = new ScreenHarness(_db, 80, 24, "lead", adjudicate: true);

        screen.Keys("a");

        var final = screen.Store.EffectiveDecision(new PairId(2))!;
        Assert.Equal((DecisionKind.Accept, "lead", DecisionRole.Adjudication), (final.Kind, final.Annotator, final.Role));
        Assert.Equal(DecisionRole.Adjudication, screen.Store.History(new PairId(2))[^1].Role);
        Assert.Equal(PairStatus.Accepted, screen.Store.StatusOf(new PairId(2)));
        Assert.Contains("pair 3 of 6", screen.Screen);
        Assert.Contains("saved", screen.Screen);

        screen.Keys("s");

        Assert.Equal("3번 문장.", screen.Store.FinalTarget(new PairId(3)));
        Assert.Contains("all 2 disagreements are adjudicated", screen.Screen);
        var team = CurrentDecisions.ByPair(screen.Store.HistoryInCorpusOrder()).Where(p => p.Disagree).ToList();
        Assert.All(team, p => Assert.Equal("lead", p.Adjudication!.Annotator));
    }

    [Fact]
    public void One_and_two_make_an_annotators_decision_the_final_one()
    {
        using var screen = new ScreenHarness(_db, 80, 24, "lead", adjudicate: true);

        screen.Keys("2");

        var two = screen.Store.EffectiveDecision(new PairId(2))!;
        Assert.Equal((DecisionKind.Reject, "lead", DecisionRole.Adjudication), (two.Kind, two.Annotator, two.Role));
        // The target pane shows the text under review, which a accepts; the annotators' texts are in their own panes.
        Assert.Contains("문장 번호 3", screen.Screen);

        screen.Keys("1");

        var three = screen.Store.EffectiveDecision(new PairId(3))!;
        Assert.Equal((DecisionKind.Edit, "세 번째 문장.", DecisionRole.Adjudication), (three.Kind, three.FinalTarget, three.Role));
        Assert.Equal("세 번째 문장.", screen.Store.FinalTarget(new PairId(3)));
    }

    [Fact]
    public void Outside_adjudication_one_says_what_it_is_for()
    {
        using var screen = new ScreenHarness(_db, 80, 24, "lead");

        screen.Keys("1");

        Assert.Contains("1 and 2 take an annotator's decision while adjudicating", screen.Screen);
        Assert.DoesNotContain(screen.Store.HistoryInCorpusOrder(), d => d.Annotator == "lead");
    }

    [Fact]
    public void Undo_takes_back_the_adjudication_and_shows_the_pair_with_its_decisions_again()
    {
        using var screen = new ScreenHarness(_db, 80, 24, "lead", adjudicate: true);
        screen.Keys("a");

        screen.Keys("u");

        Assert.Equal("ben", screen.Store.EffectiveDecision(new PairId(2))!.Annotator);
        Assert.Contains("pair 2 of 6", screen.Screen);
        Assert.Contains("ana · accept", screen.Screen);
    }

    [Fact]
    public void With_nothing_to_adjudicate_the_screen_says_so()
    {
        var corpus = _folder.Write("calm.jsonl", """{"id":"a","source":"One.","target":"하나."}""" + "\n");
        Commands.Cli.Run("import", corpus, "--db", _folder.File("calm.db"));

        using var screen = new ScreenHarness(_folder.File("calm.db"), 60, 12, "lead", adjudicate: true);

        Assert.Contains("Nothing to adjudicate", screen.Screen);
        Assert.Contains("The annotators agree on every pair they share", screen.Screen);
    }
}
