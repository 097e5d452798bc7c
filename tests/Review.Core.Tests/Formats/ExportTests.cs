using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

public sealed class ExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Tmx_is_read_back_by_translate_toolkit_with_the_same_texts()
    {
        string[] texts = ["plain", "a & b < c > d \"q\" 'a'", "line\nbreak", "  spaced  ", "한국어 😀 e\u0301", "<ph x=\"1\"/> markup as text", "tab\there"];
        using var store = Import(texts);
        var summary = PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("out.tmx"), PairFormat.Tmx, false));
        Assert.Empty(summary.Notes);
        var units = TranslateToolkit.ReadTmx(_folder.File("out.tmx"));
        Assert.Equal(texts.Select(t => (t, "ko " + t)), units);
    }

    [Fact]
    public void Tmx_and_moses_exports_import_again_with_the_same_ids_and_texts()
    {
        string[] texts = ["a & b < c", "  spaced  ", "cr\r inside", "한국어 😀 e\u0301", "back\\slash \\n literal"];
        using var store = Import(texts);
        PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("out.tmx"), PairFormat.Tmx, false));
        var tmx = Read.All(_folder.File("out.tmx"), PairFormat.Tmx);
        Assert.Equal(texts.Select((t, i) => ($"p{i}", t, "ko " + t)), tmx.Select(r => (r.Id!, r.Source, r.Target)));
        string[] plain = ["a & b", "  spaced  ", "back\\slash \\n literal", "한국어 😀"];
        using var plainStore = Import(plain, "plain.db");
        PairExporter.Export(plainStore.ExportRows(null), new ExportRequest(_folder.File("corpus"), PairFormat.Moses, false));
        var moses = Read.All(new ImportInput(PairFormat.Moses, [_folder.File("corpus.src"), _folder.File("corpus.tgt")]), null, null, out _);
        Assert.Equal(plain.Select(t => (t, "ko " + t)), moses.Select(r => (r.Source, r.Target)));
    }

    [Fact]
    public void Tmx_replaces_characters_xml_forbids_and_counts_them()
    {
        using var store = Import(["bell\u0007 and \u0001", "fine", "lone \ud800"]);
        var summary = PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("out.tmx"), PairFormat.Tmx, false));
        Assert.Equal(["6 characters that XML 1.0 forbids were replaced by U+FFFD in 2 pairs"], summary.Notes);
        var units = TranslateToolkit.ReadTmx(_folder.File("out.tmx"));
        Assert.Equal(("bell\uFFFD and \uFFFD", "fine", "lone \uFFFD"), (units[0].Source, units[1].Source, units[2].Source));
    }

    [Fact]
    public void Moses_writes_src_and_tgt_with_newlines_escaped()
    {
        using var store = Import(["one\ntwo", "back\\slash kept", "cr\r"]);
        var summary = PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("corpus"), PairFormat.Moses, false));
        Assert.Equal("one\\ntwo\nback\\slash kept\ncr\\r\n", File.ReadAllText(_folder.File("corpus.src")));
        Assert.Equal("ko one\\ntwo\nko back\\slash kept\nko cr\\r\n", File.ReadAllText(_folder.File("corpus.tgt")));
        Assert.Equal(["4 texts had newlines, written as \\n and \\r"], summary.Notes);
    }

    [Fact]
    public void Jsonl_has_a_stable_key_order_and_the_decision()
    {
        using var store = Import(["a", "b"]);
        var first = store.FindByExternalId("p0")!;
        store.Decide(first.Id, DecisionKind.Edit, "edited text", "mina", "a note");
        PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("out.jsonl"), PairFormat.Jsonl, false));
        var lines = File.ReadAllLines(_folder.File("out.jsonl"));
        Assert.Matches(
            "^\\{\"id\":\"p0\",\"source\":\"a\",\"target\":\"edited text\",\"status\":\"edited\",\"original_target\":\"ko a\",\"suggestion\":null," +
            "\"annotator\":\"mina\",\"decided_at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\",\"note\":\"a note\",\"source_lang\":\"en\",\"target_lang\":\"ko\",\"metadata\":null\\}$",
            lines[0]);
        Assert.Equal(
            "{\"id\":\"p1\",\"source\":\"b\",\"target\":\"ko b\",\"status\":\"pending\",\"original_target\":\"ko b\",\"suggestion\":null,\"annotator\":null,\"decided_at\":null,\"note\":null,\"source_lang\":\"en\",\"target_lang\":\"ko\",\"metadata\":null}",
            lines[1]);
    }

    [Fact]
    public void Status_filter_selects_pairs_and_counts_reconcile()
    {
        using var store = Import(["a", "b", "c"]);
        store.Decide(store.FindByExternalId("p0")!.Id, DecisionKind.Accept, null, "mina");
        store.Decide(store.FindByExternalId("p2")!.Id, DecisionKind.Reject, null, "mina");
        var summary = PairExporter.Export(
            store.ExportRows(new HashSet<PairStatus> { PairStatus.Accepted, PairStatus.Fixed, PairStatus.Edited }),
            new ExportRequest(_folder.File("out.tsv"), PairFormat.Tsv, false));
        Assert.Equal((1L, 1L), (summary.Read, summary.Written));
        Assert.Equal("id\tsource\ttarget\tstatus\np0\ta\tko a\taccepted\n", File.ReadAllText(_folder.File("out.tsv")));
    }

    [Fact]
    public void An_existing_file_is_refused_without_force_and_replaced_with_it()
    {
        using var store = Import(["a"]);
        var path = _folder.Write("out.jsonl", "keep me");
        var error = Assert.Throws<ExportException>(() => PairExporter.Export(store.ExportRows(null), new ExportRequest(path, PairFormat.Jsonl, false)));
        Assert.Contains("--force", error.Message);
        Assert.Equal("keep me", File.ReadAllText(path));
        PairExporter.Export(store.ExportRows(null), new ExportRequest(path, PairFormat.Jsonl, true));
        Assert.StartsWith("{\"id\":\"p0\"", File.ReadAllText(path));
        Assert.Equal(["out.jsonl", "r.db"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Where(n => !n!.StartsWith("r.db-", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void A_failed_export_leaves_no_file_behind()
    {
        var rows = Rows().Select(r => r.Id == "boom" ? throw new InvalidOperationException("store went away") : r);
        Assert.Throws<InvalidOperationException>(() => PairExporter.Export(rows, new ExportRequest(_folder.File("out.jsonl"), PairFormat.Jsonl, false)));
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    private static IEnumerable<ExportRow> Rows()
    {
        yield return new ExportRow("ok", "s", "t", PairStatus.Pending, "t", null, null, null, null, "en", "ko", null);
        yield return new ExportRow("boom", "s", "t", PairStatus.Pending, "t", null, null, null, null, "en", "ko", null);
    }

    private ReviewStore Import(string[] sources, string database = "r.db")
    {
        var lines = string.Concat(sources.Select((s, i) => $"{{\"id\":\"p{i}\",\"source\":{JsonStrings.Quote(s)},\"target\":{JsonStrings.Quote("ko " + s)}}}\n"));
        var store = ReviewStore.Open(_folder.File(database));
        new PairImporter(store, ImportRequest.Default).Import(new ImportInput(PairFormat.Jsonl, [_folder.Write("in.jsonl", lines)]));
        File.Delete(_folder.File("in.jsonl"));
        return store;
    }
}
