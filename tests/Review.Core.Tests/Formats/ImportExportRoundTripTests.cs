using System.Text;
using System.Text.Json;
using Review.Core.Formats;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

public sealed class ImportExportRoundTripTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> HardTexts => new()
    {
        "tab\tin the middle\t",
        "new\nline and\r\nCRLF and lone\rCR\n",
        "quotes \"double\" 'single' and backslashes \\ \\\\ \\n \\u0041",
        "emoji 😀👩‍👩‍👧 and flags 🇰🇷",
        "combining e\u0301 a\u0308 한\u1100\u1161 vs NFC é",
        "RTL עברית العربية \u202Eoverride\u202C",
        "zero-width\u200B\u200C\u200D\uFEFF joiners",
        "controls \u0001\u001F\u007F\u0085",
        "  leading and trailing spaces  ",
        "",
    };

    [Theory]
    [MemberData(nameof(HardTexts))]
    public void An_untouched_pair_exports_byte_for_byte(string text)
    {
        AssertRoundTrip(text, "\uC548\uB155 " + text);
    }

    [Fact]
    public void Lone_surrogates_escaped_in_json_survive()
    {
        AssertRoundTrip("lone \ud800 high", "lone \udc00 low \ud83d");
    }

    [Fact]
    public void One_MiB_fields_survive()
    {
        var source = string.Concat(Enumerable.Repeat("abc\t\"é😀\n", 1024 * 1024 / 8));
        var target = string.Concat(Enumerable.Repeat("한국어 \\ ", 1024 * 1024 / 6));
        AssertRoundTrip(source, target);
    }

    [Fact]
    public void Reimporting_an_export_gives_the_same_ids_and_texts_byte_for_byte()
    {
        var input = _folder.Write("in.jsonl", Line("p1", "a\tb", "c\nd") + Line("p2", "e", "f"));
        using (var store = ReviewStore.Open(_folder.File("one.db")))
        {
            new PairImporter(store, ImportRequest.Default).Import(new ImportInput(PairFormat.Jsonl, [input]));
            PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("first.jsonl"), PairFormat.Jsonl, false));
        }
        using (var store = ReviewStore.Open(_folder.File("two.db")))
        {
            new PairImporter(store, ImportRequest.Default).Import(new ImportInput(PairFormat.Jsonl, [_folder.File("first.jsonl")]));
            PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("second.jsonl"), PairFormat.Jsonl, false));
        }
        var first = File.ReadAllLines(_folder.File("first.jsonl"));
        var second = File.ReadAllLines(_folder.File("second.jsonl"));
        Assert.Equal(2, second.Length);
        foreach (var key in new[] { "id", "source", "target" })
        {
            Assert.Equal(first.Select(l => RawValue(l, key)), second.Select(l => RawValue(l, key)));
        }
    }

    [Fact]
    public void Tsv_export_reads_back_with_the_same_texts()
    {
        var texts = HardTexts.Select(row => row.Data).ToList();
        var lines = string.Concat(texts.Select((t, i) => Line($"id{i}", t, t + "!")));
        using var store = ImportJsonl(lines);
        PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("out.tsv"), PairFormat.Tsv, false));
        var back = Read.All(_folder.File("out.tsv"), PairFormat.Tsv);
        Assert.Equal(texts, back.Select(r => r.Source));
        Assert.Equal(texts.Select(t => t + "!"), back.Select(r => r.Target));
        Assert.All(back, r => Assert.Equal("""{"status":"pending"}""", r.MetadataJson));
    }

    private void AssertRoundTrip(string source, string target)
    {
        var line = Line("x1", source, target);
        using var store = ImportJsonl(line);
        var summary = PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("out.jsonl"), PairFormat.Jsonl, false));
        Assert.Equal((1L, 1L), (summary.Read, summary.Written));
        var exported = File.ReadAllText(_folder.File("out.jsonl"), new UTF8Encoding(false, true));
        Assert.Contains("\"source\":" + JsonStrings.Quote(source) + ",", exported);
        Assert.Contains("\"target\":" + JsonStrings.Quote(target) + ",", exported);
        var original = Encoding.UTF8.GetBytes(RawValue(line, "source") + RawValue(line, "target"));
        var again = Encoding.UTF8.GetBytes(RawValue(exported, "source") + RawValue(exported, "target"));
        Assert.Equal(original, again);
    }

    private ReviewStore ImportJsonl(string lines)
    {
        var input = _folder.Write("in.jsonl", lines);
        var store = ReviewStore.Open(_folder.File("r.db"));
        var result = new PairImporter(store, ImportRequest.Default).Import(new ImportInput(PairFormat.Jsonl, [input]));
        Assert.Equal(result.Read, result.Imported);
        return store;
    }

    private static string Line(string id, string source, string target) =>
        $"{{\"id\":{JsonStrings.Quote(id)},\"source\":{JsonStrings.Quote(source)},\"target\":{JsonStrings.Quote(target)}}}\n";

    /// <summary>The raw JSON text of a key's string value, as written in the file.</summary>
    private static string RawValue(string line, string key)
    {
        var bytes = Encoding.UTF8.GetBytes(line.Split('\n')[0]);
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(key))
            {
                reader.Read();
                return Encoding.UTF8.GetString(bytes, (int)reader.TokenStartIndex, (int)reader.BytesConsumed - (int)reader.TokenStartIndex);
            }
        }
        throw new KeyNotFoundException(key);
    }
}
