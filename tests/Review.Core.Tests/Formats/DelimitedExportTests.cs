using Review.Core.Formats;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

public sealed class DelimitedExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(PairFormat.Csv, "out.csv")]
    [InlineData(PairFormat.Tsv, "out.tsv")]
    public void The_export_reads_back_with_the_same_ids_and_texts(PairFormat format, string name)
    {
        List<string> texts =
        [
            .. ImportExportRoundTripTests.HardTexts.Select(row => row.Data),
            "comma, inside, twice", "\"starts with a quote", "ends with a quote\"", ",", "\"", "a\tb,c\"d\re\nf",
        ];
        using var store = Import(texts);
        var summary = PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File(name), format, false));
        Assert.Equal((texts.Count, texts.Count, 0), (summary.Read, summary.Written, summary.Notes.Count));

        var back = Read.All(_folder.File(name), format);
        Assert.Equal(texts.Select((_, i) => $"id,{i}"), back.Select(r => r.Id));
        Assert.Equal(texts, back.Select(r => r.Source));
        Assert.Equal(texts.Select(t => "한 " + t), back.Select(r => r.Target));
        Assert.All(back, r => Assert.Equal("""{"status":"pending"}""", r.MetadataJson));
    }

    [Fact]
    public void Csv_is_rfc_4180_utf8_without_bom_with_the_status_column()
    {
        using var store = Import(["a,b", "say \"hi\"", "plain"]);
        PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("out.csv"), PairFormat.Csv, false));
        Assert.Equal(
            "id,source,target,status\n\"id,0\",\"a,b\",\"한 a,b\",pending\n\"id,1\",\"say \"\"hi\"\"\",\"한 say \"\"hi\"\"\",pending\n\"id,2\",plain,한 plain,pending\n"u8.ToArray(),
            File.ReadAllBytes(_folder.File("out.csv")));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_and_are_counted()
    {
        using var store = Import(["lone \ud800 high", "low \udc00 and 😀"]);
        var summary = PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File("out.csv"), PairFormat.Csv, false));
        Assert.Equal([LoneSurrogates.Note(4)], summary.Notes);
        var back = Read.All(_folder.File("out.csv"), PairFormat.Csv);
        Assert.Equal(["lone \uFFFD high", "low \uFFFD and 😀"], back.Select(r => r.Source));
        Assert.Equal(["한 lone \uFFFD high", "한 low \uFFFD and 😀"], back.Select(r => r.Target));
    }

    [Fact]
    public void The_format_comes_from_a_csv_extension()
    {
        Assert.Equal(PairFormat.Csv, ExportRequest.FormatFromExtension("done.CSV"));
    }

    private ReviewStore Import(List<string> texts)
    {
        var lines = texts.Select((t, i) =>
            $"{{\"id\":{JsonStrings.Quote($"id,{i}")},\"source\":{JsonStrings.Quote(t)},\"target\":{JsonStrings.Quote("한 " + t)}}}\n");
        var input = _folder.Write("in.jsonl", string.Concat(lines));
        var store = ReviewStore.Open(_folder.File("r.db"));
        var result = new PairImporter(store, ImportRequest.Default with { Checks = null }).Import(new ImportInput(PairFormat.Jsonl, [input]));
        Assert.Equal(texts.Count, result.Imported);
        return store;
    }
}
