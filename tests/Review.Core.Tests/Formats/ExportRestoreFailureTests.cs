using Review.Core.Formats;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

public sealed class ExportRestoreFailureTests : IDisposable
{
    private const string Accepted =
        """{"id":"p2","source":"s","target":"t","status":"accepted","original_target":"t","suggestion":null,"annotator":"ana","decided_at":"2026-11-21T09:30:16.624Z","note":null,"source_lang":"en","target_lang":"ko","metadata":{"n":1}}""";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\"status\":\"accepted\"", "\"status\":\"done\"", "unknown status \"done\" (expected pending, accepted, fixed, edited, rejected or skipped)")]
    [InlineData("\"status\":\"accepted\"", "\"status\":3", "field \"status\" is not a string")]
    [InlineData("\"annotator\":\"ana\"", "\"annotator\":null", "a pair with status \"accepted\" needs its \"annotator\" and \"decided_at\"")]
    [InlineData("\"decided_at\":\"2026-11-21T09:30:16.624Z\"", "\"decided_at\":null", "a pair with status \"accepted\" needs its \"annotator\" and \"decided_at\"")]
    [InlineData("\"decided_at\":\"2026-11-21T09:30:16.624Z\"", "\"decided_at\":\"2026-11-21T09:30:16Z\"", "decided_at \"2026-11-21T09:30:16Z\" is not a time in the export's form, e.g. 2026-11-21T11:28:50.123Z")]
    [InlineData("\"decided_at\":\"2026-11-21T09:30:16.624Z\"", "\"decided_at\":\"2026-02-30T09:30:16.624Z\"", "decided_at \"2026-02-30T09:30:16.624Z\" is not a time")]
    [InlineData("\"status\":\"accepted\"", "\"status\":\"pending\"", "a pending pair has no decision, so its annotator, decided_at and note must be null")]
    [InlineData("\"target_lang\":\"ko\"", "\"target_lang\":\"zh\"", "languages en-zh differ from the first record's en-ko; one import holds one language pair")]
    [InlineData("\"metadata\":{\"n\":1}", "\"metadata\":[1]", "field \"metadata\" is not a JSON object or null")]
    [InlineData("\"metadata\":{\"n\":1}", "\"metadata\":{\"n\":1},\"extra\":1", "unexpected field \"extra\": a review export has exactly the keys id, source, target")]
    [InlineData(",\"original_target\":\"t\"", "", "missing field \"original_target\"")]
    [InlineData(",\"note\":null", "", "missing field \"note\"")]
    public void A_bad_record_names_file_and_line_and_imports_nothing(string find, string replace, string problem)
    {
        var bad = Accepted.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Accepted, bad);
        var file = _folder.Write("in.jsonl", Pending("p1") + "\n" + bad + "\n");
        var failure = Assert.Throws<InputException>(() => Import(file));
        Assert.StartsWith($"{file}:2: {problem}", failure.Message);
        AssertEmpty();
    }

    [Fact]
    public void A_bad_record_after_a_thousand_restored_decisions_leaves_none_of_them()
    {
        var good = Enumerable.Range(1, 1500).Select(i => Accepted.Replace("\"p2\"", $"\"p{i}\"", StringComparison.Ordinal));
        var file = _folder.Write("in.jsonl", string.Join("\n", good) + "\n" + Accepted.Replace("accepted", "done", StringComparison.Ordinal) + "\n");
        var failure = Assert.Throws<InputException>(() => Import(file));
        Assert.StartsWith($"{file}:1501: unknown status \"done\"", failure.Message);
        AssertEmpty();
    }

    [Fact]
    public void Lang_overrides_the_records_languages_and_allows_a_file_mixing_them()
    {
        var file = _folder.Write("in.jsonl", Pending("p1") + "\n" + Accepted.Replace("\"ko\"", "\"zh\"", StringComparison.Ordinal) + "\n");
        using var store = ReviewStore.Open(_folder.File("r.db"));
        var result = new PairImporter(store, ImportRequest.Default with { Languages = new LanguagePair("en", "ja") }).Import(new ImportInput(PairFormat.Jsonl, [file]));
        Assert.Equal((2L, "en-ja"), (result.Imported, result.Languages.ToString()));
        Assert.Equal("ja", store.GetPair(new Review.Core.Pairs.PairId(2))!.TargetLang);
    }

    private static string Pending(string id) => Accepted
        .Replace("\"p2\"", $"\"{id}\"", StringComparison.Ordinal)
        .Replace("\"accepted\"", "\"pending\"", StringComparison.Ordinal)
        .Replace("\"ana\"", "null", StringComparison.Ordinal)
        .Replace("\"2026-11-21T09:30:16.624Z\"", "null", StringComparison.Ordinal);

    private void Import(string file)
    {
        using var store = ReviewStore.Open(_folder.File("r.db"));
        new PairImporter(store, ImportRequest.Default).Import(new ImportInput(PairFormat.Jsonl, [file]));
    }

    private void AssertEmpty()
    {
        var db = _folder.File("r.db");
        Assert.Equal(0, RawSqlite.Number(db, "SELECT (SELECT count(*) FROM pairs) + (SELECT count(*) FROM decisions) + (SELECT count(*) FROM imports)"));
        Assert.Equal(0, RawSqlite.Number(db, "SELECT sum(pairs) FROM status_counts"));
    }
}
