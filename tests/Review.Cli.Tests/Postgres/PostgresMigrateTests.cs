using Review.Core.Pairs;
using Review.Core.Ports;
using Review.Storage.Sqlite;
using Review.Cli.Tests.Commands;

namespace Review.Cli.Tests.Postgres;

/// <summary>
/// <c>review migrate</c> between a file and a server with a team's whole history (overlap 2, slices,
/// an adjudication, a change of alignment, undos, two imports), and what a copy that fails leaves.
/// </summary>
public sealed class PostgresMigrateTests(PostgresServer server) : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_team_history_goes_to_postgresql_and_back_with_the_same_exports_agreement_and_team_state()
    {
        var original = TeamHistory("team.db");
        var url = server.NewCorpusUrl();
        var back = _folder.File("back.db");

        var there = Commands.Cli.Run("migrate", "--from", original, "--to", url);
        var home = Commands.Cli.Run("migrate", "--from", url, "--to", back);

        Assert.Equal((0, ""), (there.Exit, there.Error));
        Assert.Equal((0, ""), (home.Exit, home.Error));
        Assert.Contains("copied 8 pairs, 13 decisions and 2 imports", there.Output);
        var databases = new[] { original, url, back };
        var exports = databases.Select(ExportWithDecisions).ToList();
        Assert.Contains("adjudicat", System.Text.Encoding.UTF8.GetString(exports[0]));
        Assert.Equal(exports[0], exports[1]);
        Assert.Equal(exports[0], exports[2]);
        var agreements = databases.Select(db => Commands.Cli.Run("agreement", "--db", db, "--json")).ToList();
        Assert.All(agreements, run => Assert.Equal((0, ""), (run.Exit, run.Error)));
        Assert.Equal(agreements[0].Output, agreements[1].Output);
        Assert.Equal(agreements[0].Output, agreements[2].Output);
        var stores = databases.Select(db => StoreFactory.OpenExisting(db)).ToList();
        try
        {
            var expected = TeamState(stores[0]);
            Assert.Equal(expected, TeamState(stores[1]));
            Assert.Equal(expected, TeamState(stores[2]));
            // The decisions kept their order across pairs: an undo takes back the same one everywhere.
            var undone = stores.Select(s =>
            {
                var undo = s.UndoOwn("ana")!;
                return Describe(id => s.GetPair(id)!.Ord, s.History(undo.PairId).Single(d => d.Id == undo.Supersedes));
            }).ToList();
            Assert.All(undone, u => Assert.Equal(undone[0], u));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void A_copy_that_fails_part_way_leaves_every_destination_as_it_was()
    {
        var damaged = TeamHistory("damaged.db");
        // Pair 7 is in the second import: the first is already copied when the copy meets the damage.
        RawSqlite.Execute(damaged, "UPDATE decisions SET final_target = NULL WHERE pair_id = 7 AND kind = 'accept'");
        var url = server.NewCorpusUrl();
        var newFile = _folder.File("new.db");
        var emptyFile = _folder.File("empty.db");
        ReviewStore.Open(emptyFile).Dispose();
        var full = TeamHistory("full.db");
        var fullExport = ExportWithDecisions(full);

        var toServer = Commands.Cli.Run("migrate", "--from", damaged, "--to", url);
        var toNewFile = Commands.Cli.Run("migrate", "--from", damaged, "--to", newFile);
        var toEmptyFile = Commands.Cli.Run("migrate", "--from", damaged, "--to", emptyFile);
        var toFullFile = Commands.Cli.Run("migrate", "--from", TeamHistory("other.db"), "--to", full);

        foreach (var run in new[] { toServer, toNewFile, toEmptyFile })
        {
            Assert.Equal(1, run.Exit);
            Assert.Contains("pair 7: its history cannot be copied", run.Error);
            Assert.Single(run.Error.TrimEnd().Split('\n'));
        }
        Assert.Contains("already holds pairs", toFullFile.Error);
        Assert.False(File.Exists(newFile));
        Assert.Empty(Directory.GetFiles(_folder.Path, "new.db*"));
        Assert.Equal(fullExport, ExportWithDecisions(full));
        // The file's header counts the journal switches the copy made, so its bytes change; what it holds must not.
        foreach (var db in new[] { url, emptyFile })
        {
            using var store = StoreFactory.OpenExisting(db);
            Assert.Equal((0L, 0, 1, 0), (store.PairCount(), store.Imports().Count, store.Overlap(), store.Positions().Count));
            Assert.Empty(store.HistoryInCorpusOrder());
        }
    }

    /// <summary>Two imports, overlap 2, round-robin slices, a change of alignment, decisions that disagree, an adjudication, undos and positions.</summary>
    private string TeamHistory(string name)
    {
        var first = _folder.Write(name + "-a.jsonl", string.Join("\n", Enumerable.Range(1, 6).Select(Line)) + "\n");
        var second = _folder.Write(name + "-b.jsonl", string.Join("\n", Enumerable.Range(7, 2).Select(Line)) + "\n");
        var db = _folder.File(name);
        Assert.Equal(0, Commands.Cli.Run("import", first, "--db", db).Exit);
        Assert.Equal(0, Commands.Cli.Run("import", second, "--db", db).Exit);
        var clock = new ManualClock(Start);
        using var store = ReviewStore.Open(db, StoreOptions.Default with { Clock = clock });
        store.SetOverlap(2);
        store.Assign(["ana", "ben"], SliceMethod.RoundRobin);
        var five = store.FindByOrd(5)!;
        var six = store.FindByOrd(6)!;
        Assert.NotNull(store.Realign(new AlignmentChange(AlignmentOperation.ShiftUp, five.Id, six.Id, AlignedTexts.Of(five), AlignedTexts.Of(six),
            AlignedTexts.Of(five) with { Target = five.Target + " " + six.Target }, AlignedTexts.Of(six) with { Target = "" }), "ana"));
        Decide("ana", 1, DecisionKind.Accept, null);
        Decide("ben", 1, DecisionKind.Accept, null);
        Decide("ana", 2, DecisionKind.Accept, null);
        Decide("ben", 2, DecisionKind.Edit, "벤의 두 번째 문장.");
        Decide("ana", 3, DecisionKind.Reject, null);
        Decide("ben", 3, DecisionKind.TakeSuggestion, null);
        Decide("ana", 7, DecisionKind.Accept, null);
        Decide("ana", 4, DecisionKind.Skip, null);
        Assert.NotNull(store.UndoOwn("ana"));
        Decide("ben", 7, DecisionKind.Edit, "벤의 일곱 번째 문장.", "1/2");
        var two = store.FindByOrd(2)!.Id;
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(store.Adjudicate(two, store.EffectiveDecision(two)!.Id, DecisionKind.Edit, "최종 두 번째 문장.", "lead", "합의"));
        store.SavePosition("ana", store.FindByOrd(3)!.Id);
        store.SavePosition("ben", store.FindByOrd(8)!.Id);
        return db;

        void Decide(string annotator, long ord, DecisionKind kind, string? text, string? hunks = null)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var pair = store.FindByOrd(ord)!.Id;
            Assert.NotNull(store.DecideOwn(pair, store.OwnDecision(pair, annotator)?.Id, kind, text, annotator, "note " + ord, hunks));
        }

        static string Line(int i) =>
            $$"""{"id":"m{{i}}","source":"Sentence number {{i}}.","target":"문장 번호 {{i}}.","suggestion":"{{i}}번 문장."}""";
    }

    /// <summary>What the copy must keep beyond the export, with pairs named by their place in the corpus.</summary>
    private static string TeamState(IReviewStore store)
    {
        long Ord(PairId id) => store.GetPair(id)!.Ord;
        var slices = store.PairStatesInCorpusOrder().ToList().Select(s => $"{Ord(s.Pair)}:{s.SliceOwner}:{s.EffectiveDecision}");
        var positions = store.Positions().Select(p => $"{p.Key}@{Ord(p.Value)}");
        var history = store.HistoryInCorpusOrder().ToList().Select(d => Describe(Ord, d));
        var edits = Enumerable.Range(1, 8).SelectMany(ord => store.AlignmentEdits(store.FindByOrd(ord)!.Id)).DistinctBy(e => e.FirstDecisionId)
            .Select(e => $"{e.Change.Operation} {Ord(e.Change.First)}-{Ord(e.Change.Second)} {e.Annotator} {e.At:O} {e.Undone} " +
                $"{e.Change.FirstBefore.Target}|{e.Change.FirstAfter.Target}|{e.Change.SecondAfter.Target}");
        var original = store.OriginalAlignment(store.FindByOrd(6)!.Id);
        var counts = store.StatusCounts().Select(c => $"{c.Key}={c.Value}");
        var deciders = Enumerable.Range(1, 8).Select(ord => store.DecisionCount(store.FindByOrd(ord)!.Id));
        return string.Join("\n", [$"overlap {store.Overlap()}", .. slices, .. positions, .. history, .. edits, original?.Target ?? "-",
            .. counts, string.Join(",", deciders)]);
    }

    private static string Describe(Func<PairId, long> ord, Decision d) =>
        $"{d.Id} @{ord(d.PairId)} {d.Kind} {d.Role} {d.Annotator} {d.At:O} {d.FinalTarget} {d.Note} {d.Hunks} {d.Supersedes}";

    private byte[] ExportWithDecisions(string database)
    {
        var path = _folder.File($"export-{Guid.NewGuid():N}.jsonl");
        var run = Commands.Cli.Run("export", "--db", database, "--with-decisions", "--out", path);
        Assert.Equal((0, ""), (run.Exit, run.Error));
        return File.ReadAllBytes(path);
    }
}
