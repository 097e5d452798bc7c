using Review.Cli.Tests.Screen;
using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Commands;

/// <summary>
/// review's own exports carry a pair's history back in: a JSONL export with decisions restores every
/// annotator's decision, and a LiteDB file the whole history, so that exporting again gives the same
/// bytes, on a database with several decisions per pair: undo, re-decide, two annotators under
/// overlap, a pair one of them left for the other, and an adjudication.
/// </summary>
public sealed class RestoredHistoryCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_jsonl_export_with_decisions_imports_with_every_annotators_decision()
    {
        var db = TeamWork();
        Export(db, "1.jsonl", "--with-decisions");

        var import = Cli.Run("import", _folder.File("1.jsonl"), "--db", _folder.File("two.db"));

        Assert.Equal((0, ""), (import.Exit, import.Error));
        Export(_folder.File("two.db"), "2.jsonl", "--with-decisions");
        Assert.Equal(File.ReadAllBytes(_folder.File("1.jsonl")), File.ReadAllBytes(_folder.File("2.jsonl")));
        Export(db, "1-plain.jsonl");
        Export(_folder.File("two.db"), "2-plain.jsonl");
        Assert.Equal(File.ReadAllBytes(_folder.File("1-plain.jsonl")), File.ReadAllBytes(_folder.File("2-plain.jsonl")));
        AssertQueueSkipsWhoDecided(_folder.File("two.db"));
    }

    [Fact]
    public void A_litedb_file_imports_with_the_whole_history()
    {
        var db = TeamWork();
        Export(db, "1.litedb", "--format", "litedb");

        var import = Cli.Run("import", _folder.File("1.litedb"), "--db", _folder.File("two.db"));

        Assert.Equal((0, ""), (import.Exit, import.Error));
        Export(db, "1-team.jsonl", "--with-decisions");
        Export(_folder.File("two.db"), "2-team.jsonl", "--with-decisions");
        Assert.Equal(File.ReadAllBytes(_folder.File("1-team.jsonl")), File.ReadAllBytes(_folder.File("2-team.jsonl")));
        Export(db, "1-plain.jsonl");
        Export(_folder.File("two.db"), "2-plain.jsonl");
        Assert.Equal(File.ReadAllBytes(_folder.File("1-plain.jsonl")), File.ReadAllBytes(_folder.File("2-plain.jsonl")));
        using (var one = ReviewStore.Open(db))
        using (var two = ReviewStore.Open(_folder.File("two.db")))
        {
            for (var pair = 1; pair <= 4; pair++)
            {
                var before = one.History(new PairId(pair)).Select(Shape);
                var after = two.History(new PairId(pair)).Select(Shape);
                Assert.Equal(before, after);
            }
        }
        // A second LiteDB export holds the same history.
        Export(_folder.File("two.db"), "2.litedb", "--format", "litedb");
        Assert.Equal(0, Cli.Run("import", _folder.File("2.litedb"), "--db", _folder.File("three.db")).Exit);
        Export(_folder.File("three.db"), "3-team.jsonl", "--with-decisions");
        Assert.Equal(File.ReadAllBytes(_folder.File("1-team.jsonl")), File.ReadAllBytes(_folder.File("3-team.jsonl")));
        AssertQueueSkipsWhoDecided(_folder.File("two.db"));
    }

    /// <summary>
    /// Overlap 2: pair 1 ana accepts, undoes, edits, and ben edits (they disagree), then lead
    /// adjudicates; pair 2 ana rejects with a note and ben accepts; pair 3 only ana has decided
    /// (pending, one decider); pair 4 ana skips, then re-decides with an accept, and ben accepts.
    /// </summary>
    private string TeamWork()
    {
        var lines = Enumerable.Range(1, 5).Select(i =>
            $$"""{"id":"h{{i}}","source":"Sentence {{i}}.","target":"문장 {{i}}.","suggestion":"{{i}}번 문장.\t끝"}""");
        var corpus = _folder.Write("corpus.jsonl", string.Join("\n", lines) + "\n");
        var db = _folder.File("one.db");
        Assert.Equal(0, Cli.Run("import", corpus, "--db", db).Exit);
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        using var store = ReviewStore.Open(db, StoreOptions.Default with { Clock = clock });
        store.SetOverlap(2);
        Decision? Own(int pair, DecisionKind kind, string? text, string who, string? note = null)
        {
            clock.Advance(TimeSpan.FromSeconds(7));
            var mine = store.OwnDecision(new PairId(pair), who)?.Id;
            return store.DecideOwn(new PairId(pair), mine, kind, text, who, note) ?? throw new InvalidOperationException($"{who} could not decide {pair}");
        }
        Own(1, DecisionKind.Accept, null, "ana");
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull(store.UndoOwn("ana"));
        Own(1, DecisionKind.Edit, "첫 번째 문장.", "ana");
        Own(1, DecisionKind.Edit, "문장 하나.", "ben");
        Own(2, DecisionKind.Reject, null, "ana", "원문과 다름");
        Own(2, DecisionKind.Accept, null, "ben");
        Own(3, DecisionKind.TakeSuggestion, null, "ana");
        Own(4, DecisionKind.Skip, null, "ana");
        Own(4, DecisionKind.Accept, null, "ana");
        Own(4, DecisionKind.Accept, null, "ben");
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.NotNull(store.Adjudicate(new PairId(1), store.EffectiveDecision(new PairId(1))!.Id, DecisionKind.Edit, "첫째 문장.", "lead", "둘 다 아님"));
        Assert.Equal(PairStatus.Pending, store.StatusOf(new PairId(3)));
        return db;
    }

    private void Export(string db, string name, params string[] options)
    {
        var run = Cli.Run(["export", "--db", db, "--out", _folder.File(name), .. options]);
        Assert.True(run.Exit == 0, run.Error);
    }

    /// <summary>Pair 3 waits for a second annotator: never ana again, whatever the database's overlap.</summary>
    private static void AssertQueueSkipsWhoDecided(string db)
    {
        using var store = ReviewStore.Open(db);
        Assert.Equal(new PairId(5), store.ClaimNextFor(0, "ana", TimeSpan.FromMinutes(1))!.Id);
        Assert.Equal(new PairId(3), store.ClaimNextFor(0, "ben", TimeSpan.FromMinutes(1))!.Id);
    }

    private static (DecisionKind, string?, string, DateTimeOffset, string?, DecisionRole, bool) Shape(Decision d) =>
        (d.Kind, d.FinalTarget, d.Annotator, d.At, d.Note, d.Role, d.Supersedes is not null);
}
