using LiteDB;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

public sealed class LiteDbExchangeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ExportRestore _restore;

    public LiteDbExchangeTests() => _restore = new ExportRestore(_folder);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_litedb_export_imports_back_exactly_with_every_status()
    {
        _restore.Decide("one.db", HardCorpus());
        var file = ExportLiteDb("one.db", "pairs.litedb");
        var import = _restore.Import("two.db", file, format: PairFormat.Litedb);
        // The whole history comes back: 6 decisions in force, an undo and what it undid, and an accept an edit replaced.
        Assert.Equal("restored 9 decisions from a review export", import.RestoreReport);
        var one = File.ReadAllBytes(_restore.Export("one.db", "one.jsonl"));
        var two = File.ReadAllBytes(_restore.Export("two.db", "two.jsonl"));
        Assert.Equal(one, two);
        using (var before = ReviewStore.Open(_folder.File("one.db")))
        using (var after = ReviewStore.Open(_folder.File("two.db")))
        {
            for (var pair = 1; pair <= 10; pair++)
            {
                Assert.Equal(
                    before.History(new PairId(pair)).Select(d => (d.Kind, d.FinalTarget, d.Annotator, d.At, d.Note, d.Supersedes is null)),
                    after.History(new PairId(pair)).Select(d => (d.Kind, d.FinalTarget, d.Annotator, d.At, d.Note, d.Supersedes is null)));
            }
        }
        Assert.Equal(PairFormat.Litedb, FormatDetector.Detect(file));
        Assert.Empty(Directory.GetFiles(_folder.Path, ".*"));
        File.Copy(file, _folder.File("no-extension"));
        Assert.Equal(PairFormat.Litedb, FormatDetector.Detect(_folder.File("no-extension")));
    }

    [Fact]
    public void The_file_holds_documented_collections_with_the_whole_history()
    {
        _restore.Decide("one.db", HardCorpus());
        var file = ExportLiteDb("one.db", "pairs.litedb");
        using var database = new LiteDatabase(new ConnectionString { Filename = file, ReadOnly = true });
        Assert.Equal(["decisions", "info", "pairs"], database.GetCollectionNames().Order());
        var info = database.GetCollection("info").FindById("review");
        Assert.Equal(("review pairs exchange", 1, 10L), (info["format"].AsString, info["version"].AsInt32, info["pairs"].AsInt64));
        var pair3 = database.GetCollection("pairs").FindById(3);
        Assert.Equal(("p3", "edited", "ben"), (pair3["id"].AsString, pair3["status"].AsString, pair3["annotator"].AsString));
        // The edit holds a lone surrogate, which a BSON string cannot: it is kept as UTF-16 code units.
        Assert.True(pair3["target"].IsBinary);
        var history = database.GetCollection("decisions").Find(Query.EQ("pair", 7)).OrderBy(d => d["_id"].AsInt64).Select(d => d["kind"].AsString).ToList();
        Assert.Equal(["edit", "undo"], history);
        var pair8 = database.GetCollection("decisions").Find(Query.EQ("pair", 8)).OrderBy(d => d["_id"].AsInt64).ToList();
        Assert.Equal(["accept", "edit"], pair8.Select(d => d["kind"].AsString));
        Assert.Equal(pair8[0]["_id"], pair8[1]["supersedes"]);
    }

    [Fact]
    public void A_file_that_is_not_a_litedb_file_is_refused_without_a_stack_trace()
    {
        var bogus = _folder.Write("bogus.litedb", "not a database at all, just some text that is long enough");
        var error = Assert.Throws<InputException>(() => _restore.Import("x.db", bogus, format: PairFormat.Litedb));
        Assert.Equal($"{bogus}: not a LiteDB file: it does not start with LiteDB's header", error.Message);
    }

    private string ExportLiteDb(string db, string name)
    {
        using var store = ReviewStore.Open(_folder.File(db));
        var request = new ExportRequest(_folder.File(name), PairFormat.Litedb, false)
        {
            History = id => store.FindByExternalId(id) is { } pair ? store.History(pair.Id) : [],
        };
        PairExporter.Export(store.ExportRows(null), request);
        return _folder.File(name);
    }

    private string HardCorpus()
    {
        string[] texts =
        [
            "tab\tin the middle\t", "new\nline and\r\nCRLF and lone\rCR\n", "markup <b>bold</b> & \"quotes\"",
            "emoji 😀👩‍👩‍👧 and flags 🇰🇷", "lone \ud800 high and \udc00 low", "", "中文 简体字 controls \u0001\u001F\u007F",
            "combining e\u0301 한\u1100\u1161", "RTL עברית \u202Eoverride\u202C zero\u200Bwidth",
        ];
        var lines = texts.Select((text, i) =>
            $"{{\"id\":\"p{i + 1}\",\"source\":{JsonStrings.Quote(text)},\"target\":\"대상 {i + 1}\",\"suggestion\":{(i == 1 ? JsonStrings.Quote("sugg \ud83d") : "null")}," +
            $"\"domain\": {{ \"a\" : [1, 2.50, \"\\u00e9\"] }},\"n\":{i}}}\n");
        return _folder.Write("in.jsonl", string.Concat(lines) + "{\"id\":\"p10\",\"source\":\"last\",\"target\":\"\"}\n");
    }
}
