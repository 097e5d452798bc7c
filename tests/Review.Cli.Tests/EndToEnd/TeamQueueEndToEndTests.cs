using System.Text.Json;
using Review.Core.Pairs;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>
/// Eight real `review` processes on one 2,000-pair database, opened at the same moment, each
/// pressing `a` 150 times at 0.1 s intervals: what issue 11 found broken (one annotator working,
/// seven refused, decisions written over) must not happen, with one decision per pair or two.
/// With two, half the team rejects, and <c>review agreement</c> and <c>review open --adjudicate</c>
/// then work on the database the run made. The database is a parameter of <see cref="Run"/>, so
/// another backend can face the same run.
/// </summary>
[Collection(TeamRuns.Name)]
public sealed class TeamQueueEndToEndTests
{
    private const int Annotators = 8;
    private const int Presses = 150;
    private const int Pairs = 2_000;

    [Fact]
    public void Eight_annotators_at_once_each_get_their_own_pairs_and_never_override_a_colleague() => Run(database: null, overlap: 1);

    [Fact]
    public void With_overlap_two_each_pair_goes_to_two_different_annotators_never_the_same_one_twice() =>
        Run(database: null, overlap: 2, rejecters: Annotators / 2, then: AgreementThenAdjudication);

    /// <summary>
    /// The whole run against <paramref name="database"/> (a new SQLite file when null): the last
    /// <paramref name="rejecters"/> annotators reject (`x`, then Enter for no reason) where the others
    /// accept; <paramref name="then"/> gets the run and its pairs before the database goes.
    /// </summary>
    internal static void Run(string? database, int overlap, int rejecters = 0, Action<TeamRun, IReadOnlyList<(Pair Pair, PairStatus Status, IReadOnlyList<Decision> History)>>? then = null)
    {
        using var run = new TeamRun(Pairs, database);
        string[] args = overlap == 1 ? [] : ["--overlap", overlap.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var acknowledged = new int[Annotators];
        using (var team = run.Open(Annotators, args))
        {
            team.Start();
            for (var i = 0; i < Annotators; i++)
            {
                team.WaitUntil(i, screen => TeamRun.Acknowledged(screen) == 0, "the first frame with its status line");
            }
            for (var press = 0; press < Presses; press++)
            {
                team.KeysToEach(i => Rejects(i, rejecters) ? ["x", "Enter"] : ["a"]);
                Thread.Sleep(100);
            }
            for (var i = 0; i < Annotators; i++)
            {
                acknowledged[i] = Settled(team, i);
            }
            team.KeyToAll("q");
            for (var i = 0; i < Annotators; i++)
            {
                team.WaitUntil(i, screen => screen.Contains("REVIEW-EXITED-0", StringComparison.Ordinal), "a clean exit");
            }
        }
        var pairs = run.Pairs();
        var decisions = pairs.SelectMany(p => p.History).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"overlap {overlap}: acknowledged {string.Join(" ", acknowledged)}; pairs decided {pairs.Count(p => p.History.Count > 0)}; " +
            $"with one decision {pairs.Count(p => p.History.Count == 1)}, with two {pairs.Count(p => p.History.Count == 2)}");

        for (var i = 0; i < Annotators; i++)
        {
            var who = TeamRun.Annotator(i);
            Assert.True(acknowledged[i] >= 140, $"{who} recorded only {acknowledged[i]} decisions of {Presses}");
            // Every decision the screen reported as saved is in the store, and nothing more.
            var kind = Rejects(i, rejecters) ? DecisionKind.Reject : DecisionKind.Accept;
            Assert.Equal(acknowledged[i], decisions.Count(d => d.Annotator == who));
            Assert.All(decisions.Where(d => d.Annotator == who), d => Assert.Equal(kind, d.Kind));
        }
        foreach (var (pair, status, history) in pairs)
        {
            var deciders = history.Select(d => d.Annotator).ToList();
            // No override: never more annotators than the overlap asks for, and never the same one twice.
            Assert.True(deciders.Distinct().Count() <= overlap, $"pair {pair.ExternalId} was decided by {string.Join(", ", deciders)}");
            Assert.True(deciders.Count == deciders.Distinct().Count(), $"pair {pair.ExternalId} went to the same annotator twice: {string.Join(", ", deciders)}");
            var expected = overlap == 1
                ? history.Count == 0 ? PairStatus.Pending : StatusRules.After(history[^1].Kind)
                : DecisionsInForce.PairState(DecisionsInForce.ByAnnotator(history), overlap).Status;
            Assert.True(expected == status, $"pair {pair.ExternalId} is {status}, its latest decisions say {expected}");
        }
        if (overlap > 1)
        {
            // Started pairs are served first, so only the pairs in hand when the keys stopped wait for a second decision.
            var waiting = pairs.Count(p => p.History.Count is > 0 and < 2);
            Assert.True(waiting <= 2 * Annotators, $"{waiting} pairs were left with one decision of {overlap}");
        }
        then?.Invoke(run, pairs);
    }

    private static bool Rejects(int annotator, int rejecters) => annotator >= Annotators - rejecters;

    /// <summary>Issue 11's "done when": agreement and adjudication on the database such a run made.</summary>
    private static void AgreementThenAdjudication(TeamRun run, IReadOnlyList<(Pair Pair, PairStatus Status, IReadOnlyList<Decision> History)> pairs)
    {
        var shared = pairs.Where(p => p.History.Select(d => d.Annotator).Distinct().Count() == 2).ToList();
        var disagree = shared.Where(p => p.History.Select(d => d.Kind).Distinct().Count() == 2).ToList();
        Assert.True(disagree.Count >= 20, $"only {disagree.Count} of {shared.Count} shared pairs had an accept and a reject");

        var report = Agreement(run);
        Assert.Equal((pairs.Count(p => p.History.Count > 0), shared.Count, disagree.Count, 0),
            (report.GetProperty("pairs_decided").GetInt32(), report.GetProperty("pairs_shared").GetInt32(),
             report.GetProperty("disagreements").GetInt32(), report.GetProperty("adjudicated").GetInt32()));
        Assert.Equal(shared.Count, report.GetProperty("alpha").GetProperty("units").GetInt32());

        const int Adjudicated = 3;
        using (var lead = run.Open(["lead"], "--adjudicate"))
        {
            lead.Start();
            lead.WaitUntil(0, screen => screen.Contains($"{disagree.Count} disagreements, 0 adjudicated", StringComparison.Ordinal), "the adjudication's opening count");
            for (var i = 1; i <= Adjudicated; i++)
            {
                lead.KeyToAll("1");
                lead.WaitUntil(0, screen => TeamRun.Acknowledged(screen) == i, $"adjudication {i} to be saved");
            }
            lead.KeyToAll("q");
            lead.WaitUntil(0, screen => screen.Contains("REVIEW-EXITED-0", StringComparison.Ordinal), "a clean exit");
        }
        var final = run.Pairs().SelectMany(p => p.History).Where(d => d.Role == DecisionRole.Adjudication).ToList();
        Assert.Equal(Adjudicated, final.Count);
        Assert.All(final, d => Assert.Equal("lead", d.Annotator));
        Assert.Equal(Adjudicated, Agreement(run).GetProperty("adjudicated").GetInt32());
    }

    private static JsonElement Agreement(TeamRun run)
    {
        var (exit, error) = ReviewRun.RunWithoutTerminal("agreement", "--db", run.Database, "--json");
        Assert.Equal((0, ""), (exit, error));
        return JsonDocument.Parse(ReviewRun.LastOutput!).RootElement;
    }

    /// <summary>The window's acknowledged count once it stops moving (the keys are all handled) and nothing awaits a retry.</summary>
    private static int Settled(TmuxTeam team, int window)
    {
        int? last = null;
        var screen = team.WaitUntil(window, screen =>
        {
            var now = TeamRun.Acknowledged(screen);
            var settled = now is not null && now == last && !screen.Contains("retrying", StringComparison.Ordinal);
            last = now;
            if (!settled)
            {
                Thread.Sleep(800);
            }
            return settled;
        }, "the decisions to settle");
        return TeamRun.Acknowledged(screen)!.Value;
    }
}
