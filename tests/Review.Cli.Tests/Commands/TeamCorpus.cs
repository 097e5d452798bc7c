using Review.Core.Pairs;
using Review.Cli.Tests.Screen;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Commands;

/// <summary>
/// A small database decided by a team: six pairs imported with <c>review import</c>, then ana, ben
/// and cho deciding them through their own store handles, as their own <c>review open</c> would.
/// Pairs 2 (accept vs reject) and 3 (two different edits) are disagreements; 1 and 4 are agreed.
/// </summary>
internal static class TeamCorpus
{
    public const string AnnotatorWithEscape = "dan\u001b[31m";

    public static readonly DateTimeOffset DecidedAt = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static string Create(TempFolder folder, string name = "team.db")
    {
        var lines = Enumerable.Range(1, 6).Select(i =>
            $$"""{"id":"t{{i}}","source":"Sentence number {{i}}.","target":"문장 번호 {{i}}.","suggestion":"{{i}}번 문장."}""");
        var corpus = folder.Write(name + ".jsonl", string.Join("\n", lines) + "\n");
        var db = folder.File(name);
        var run = Cli.Run("import", corpus, "--db", db);
        Assert.Equal(0, run.Exit);
        // A fixed clock, so that the times on screen are the same on every run.
        var options = StoreOptions.Default with { Clock = new FixedClock(DecidedAt) };
        using var ana = ReviewStore.Open(db, options);
        using var ben = ReviewStore.Open(db, options);
        using var cho = ReviewStore.Open(db, options);
        foreach (var (store, who) in new[] { (ana, "ana"), (ben, "ben"), (cho, "cho") })
        {
            store.Decide(new PairId(1), DecisionKind.Accept, null, who);
            store.Decide(new PairId(4), DecisionKind.TakeSuggestion, null, who);
        }
        ana.Decide(new PairId(2), DecisionKind.Accept, null, "ana");
        ben.Decide(new PairId(2), DecisionKind.Reject, null, "ben");
        ana.Decide(new PairId(3), DecisionKind.Edit, "세 번째 문장.", "ana");
        ben.Decide(new PairId(3), DecisionKind.Edit, "세번째 문장이다.", "ben");
        cho.Decide(new PairId(5), DecisionKind.Accept, null, AnnotatorWithEscape);
        return db;
    }
}
