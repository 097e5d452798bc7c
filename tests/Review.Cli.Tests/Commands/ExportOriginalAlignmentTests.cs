using System.Text.Json;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Commands;

/// <summary><c>review export --original-alignment</c> after merge, split and shift written through the store, as the screen writes them.</summary>
public sealed class ExportOriginalAlignmentTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void After_merge_split_and_shift_the_option_writes_the_imported_pairs_byte_for_byte()
    {
        var db = Corpus();
        Cli.Run("export", "--db", db, "--out", _folder.File("before.jsonl"));
        using (var store = ReviewStore.Open(db))
        {
            Realign(store, s => AlignmentChanges.Merge(s.GetPair(new PairId(1))!, s.GetPair(new PairId(2))!));
            Realign(store, s => AlignmentChanges.Split(s.GetPair(new PairId(1))!, s.GetPair(new PairId(2))!, "Sentence one.".Length, "문장 하나.".Length));
            Realign(store, s => AlignmentChanges.Merge(s.GetPair(new PairId(3))!, s.GetPair(new PairId(4))!));
            Realign(store, s => AlignmentChanges.ShiftDown(s.GetPair(new PairId(5))!, s.GetPair(new PairId(6))!));
        }

        var current = Cli.Run("export", "--db", db, "--out", _folder.File("current.jsonl"));
        var original = Cli.Run("export", "--db", db, "--out", _folder.File("original.jsonl"), "--original-alignment");

        Assert.Equal((0, ""), (current.Exit, current.Error));
        Assert.StartsWith("read 5 pairs, wrote 5 to ", current.Output);
        Assert.Equal(["t1", "t2", "t3", "t5", "t6"], Records("current.jsonl").Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("문장 셋. 문장 넷.", Records("current.jsonl")[2].GetProperty("target").GetString());
        Assert.Equal((0, ""), (original.Exit, original.Error));
        Assert.Equal(File.ReadAllText(_folder.File("before.jsonl")), File.ReadAllText(_folder.File("original.jsonl")));
    }

    [Fact]
    public void A_moved_pair_leaves_its_decisions_behind_and_an_unmoved_one_keeps_them()
    {
        var db = Corpus();
        using (var store = ReviewStore.Open(db))
        {
            Realign(store, s => AlignmentChanges.Merge(s.GetPair(new PairId(3))!, s.GetPair(new PairId(4))!));
            store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");
            store.Decide(new PairId(3), DecisionKind.Edit, "문장 셋과 넷.", "ana");
        }

        var run = Cli.Run("export", "--db", db, "--out", _folder.File("original.jsonl"), "--original-alignment", "--with-decisions");

        Assert.Equal((0, ""), (run.Exit, run.Error));
        var records = Records("original.jsonl");
        Assert.Equal(
            [("t1", "accepted", "문장 하나.", 1), ("t2", "pending", "문장 둘.", 0), ("t3", "pending", "문장 셋.", 0), ("t4", "pending", "문장 넷.", 0)],
            records.Take(4).Select(r => (r.GetProperty("id").GetString(), r.GetProperty("status").GetString(), r.GetProperty("target").GetString(),
                r.GetProperty("decisions").GetArrayLength())));
        var accepted = Cli.Run("export", "--db", db, "--out", _folder.File("accepted.jsonl"), "--original-alignment", "--status", "accepted,edited");
        Assert.Equal((0, ""), (accepted.Exit, accepted.Error));
        Assert.Equal(["t1"], Records("accepted.jsonl").Select(r => r.GetProperty("id").GetString()));
    }

    private string Corpus()
    {
        string[] numbers = ["one", "two", "three", "four", "five", "six"];
        string[] korean = ["하나", "둘", "셋", "넷", "다섯", "여섯"];
        var lines = numbers.Select((n, i) => $$"""{"id":"t{{i + 1}}","source":"Sentence {{n}}.","target":"문장 {{korean[i]}}."}""");
        var corpus = _folder.Write("corpus.jsonl", string.Join("\n", lines) + "\n");
        var db = _folder.File("corpus.db");
        Assert.Equal(0, Cli.Run("import", corpus, "--db", db, "--lang", "en-ko").Exit);
        return db;
    }

    private static void Realign(ReviewStore store, Func<ReviewStore, Review.Core.Ports.AlignmentChange> change) =>
        Assert.NotNull(store.Realign(change(store), "ana"));

    private List<JsonElement> Records(string name) =>
        [.. File.ReadAllLines(_folder.File(name)).Select(l => JsonDocument.Parse(l).RootElement)];
}
