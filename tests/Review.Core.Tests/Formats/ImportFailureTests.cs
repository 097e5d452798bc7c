using System.Text;
using Review.Core.Formats;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

/// <summary>Every bad input fails with file, line and problem, and leaves the database as it was.</summary>
public sealed class ImportFailureTests : IDisposable
{
    private const string Good = "{\"id\":\"g1\",\"source\":\"a\",\"target\":\"b\"}\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, byte[], long?, string> BadFiles => new()
    {
        { "utf8.jsonl", Bytes(Good, "{\"source\":\"", [0xE2, 0x82], "\",\"target\":\"b\"}\n"), 2, "invalid UTF-8 at byte offset 49 (0xE2 0x82 0x22" },
        { "nul.jsonl", Bytes(Good, "{\"source\":\"a\0\",\"target\":\"b\"}\n"), 2, "NUL byte" },
        { "broken.jsonl", Bytes(Good, "{\"source\":\"a\",\n"), 2, "broken JSON" },
        { "missing.jsonl", Bytes(Good, "{\"id\":\"g2\",\"source\":\"a\"}\n"), 2, "missing field \"target\"" },
        { "empty.jsonl", [], null, "empty file" },
        { "blank.jsonl", Bytes("\n\r\n  \n"), null, "empty file" },
        { "header-only.tsv", Bytes("source\ttarget\n"), null, "empty file" },
        { "dup.jsonl", Bytes(Twice("{\"id\":\"d1\",\"source\":\"a\",\"target\":\"b\"}\n")), 2, "1 duplicate ids (already in this file or in the database): \"d1\" (line 2)" },
        { "bad.tmx", Bytes("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"ko\"><seg>b</seg></tuv></tu>\n<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu></body></tmx>"), 2, "TU 2: malformed XML" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Fails_with_file_line_and_problem_and_leaves_the_database_unchanged(string name, byte[] bytes, long? line, string problem)
    {
        using var store = StoreWithOnePair();
        var path = _folder.Write(name, bytes);
        var error = Assert.Throws<InputException>(() => Import(store, path));
        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem);
        AssertUnchanged(store);
    }

    [Fact]
    public void A_line_over_16_MiB_fails_and_leaves_the_database_unchanged()
    {
        using var store = StoreWithOnePair();
        var path = _folder.Write("huge.jsonl", Good.Replace("g1", "g9", StringComparison.Ordinal) + "{\"source\":\"" + new string('x', LineSource.MaxLineBytes) + "\",\"target\":\"b\"}\n");
        var error = Assert.Throws<InputException>(() => Import(store, path));
        Assert.Equal((2L, true), (error.Line!.Value, error.Problem.Contains("longer than 16 MiB", StringComparison.Ordinal)));
        AssertUnchanged(store);
    }

    [Fact]
    public void Moses_count_mismatch_fails_with_both_counts_and_leaves_the_database_unchanged()
    {
        using var store = StoreWithOnePair();
        var input = new ImportInput(PairFormat.Moses, [_folder.Write("m.en", "a\nb\n"), _folder.Write("m.ko", "x\ny\nz\n")]);
        var error = Assert.Throws<InputException>(() => new PairImporter(store, ImportRequest.Default).Import(input));
        Assert.Contains("has 2 lines", error.Problem);
        Assert.Contains("has 3", error.Problem);
        AssertUnchanged(store);
    }

    [Fact]
    public void An_id_already_in_the_database_is_an_error_unless_skipped()
    {
        using var store = StoreWithOnePair();
        var path = _folder.Write("more.jsonl", Good.Replace("\"a\"", "\"other\"", StringComparison.Ordinal) + "{\"id\":\"g2\",\"source\":\"c\",\"target\":\"d\"}\n");
        var error = Assert.Throws<InputException>(() => Import(store, path));
        Assert.Equal(1, error.Line);
        Assert.Contains("\"g1\" (line 1)", error.Problem);
        AssertUnchanged(store);

        var skip = new ImportRequest(FieldOptions.Detect, null, DuplicatePolicy.Skip);
        var result = new PairImporter(store, skip).Import(new ImportInput(PairFormat.Jsonl, [path]));
        Assert.Equal((2L, 1L, 1L), (result.Read, result.Imported, result.SkippedTotal));
        Assert.Equal(1L, result.Skipped["duplicate id"]);
        Assert.Equal(2, store.PairCount());
    }

    [Fact]
    public void Reimporting_the_same_content_is_a_no_op_that_says_so()
    {
        using var store = StoreWithOnePair();
        var copy = _folder.Write("copy-with-another-name.jsonl", Good);
        var result = Import(store, copy);
        Assert.True(result.AlreadyImported);
        Assert.Equal(0, result.Read);
        AssertUnchanged(store);
    }

    [Fact]
    public void A_large_file_records_its_content_hash_and_its_reimport_is_a_no_op_not_a_duplicate_error()
    {
        using var store = ReviewStore.Open(_folder.File("large.db"));
        var lines = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"{{\"id\":\"p{i}\",\"source\":\"source {i}\",\"target\":\"대상 {i}\"}}\n"));
        var path = _folder.Write("large.jsonl", lines);
        Assert.False(Import(store, path).AlreadyImported);
        Assert.Equal(ContentHash.Of([path]), Assert.Single(store.Imports()).ContentHash);
        var again = Import(store, _folder.Write("large-copy.jsonl", lines));
        Assert.True(again.AlreadyImported);
        Assert.Equal(30_000, store.PairCount());
        Assert.Single(store.Imports());
    }

    [Fact]
    public void Generated_ids_are_stable_file_name_and_line()
    {
        using var store = ReviewStore.Open(_folder.File("ids.db"));
        Import(store, _folder.Write("noid.jsonl", "{\"source\":\"a\",\"target\":\"b\"}\n\n{\"source\":\"c\",\"target\":\"d\"}\n"));
        Assert.Equal(["noid:1", "noid:3"], store.ExportRows(null).Select(r => r.Id));
    }

    private ReviewStore StoreWithOnePair()
    {
        var store = ReviewStore.Open(_folder.File("keep.db"));
        Import(store, _folder.Write("good.jsonl", Good));
        return store;
    }

    private static ImportResult Import(ReviewStore store, string path) =>
        new PairImporter(store, ImportRequest.Default).Import(FormatDetector.Plan([path], null).Single());

    private static void AssertUnchanged(ReviewStore store)
    {
        Assert.Equal(1, store.PairCount());
        Assert.Equal("good.jsonl", Path.GetFileName(store.Imports().Single().FileName));
        Assert.Equal(("g1", "a", "b"), store.ExportRows(null).Select(r => (r.Id, r.Source, r.Target)).Single());
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Twice(string line) => line + line;

    private static byte[] Bytes(string before, string text) => Encoding.UTF8.GetBytes(before + text);

    private static byte[] Bytes(string before, string start, byte[] middle, string end) =>
        [.. Encoding.UTF8.GetBytes(before + start), .. middle, .. Encoding.UTF8.GetBytes(end)];
}
