using System.Text.Json;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

/// <summary>
/// Every format through the real importer, store and exporter: a database with decisions is
/// exported (the first file), and that file is imported and exported twice. The two later exports
/// must be the same bytes; where the format carries everything the first export says, they must
/// equal the first export too. A new format is one line in <see cref="Cases"/>.
/// </summary>
public sealed class RoundTripMatrixTests : IDisposable
{
    private static readonly Dictionary<string, RoundTripCase> Cases = new()
    {
        ["jsonl"] = new(PairFormat.Jsonl, ".jsonl", CarriesFirstExport: true, CarriesNewlines: true),
        // The status column comes back as metadata, not as a decision: the pairs are pending after the first import.
        ["csv"] = new(PairFormat.Csv, ".csv", CarriesFirstExport: false, CarriesNewlines: true),
        ["tsv"] = new(PairFormat.Tsv, ".tsv", CarriesFirstExport: false, CarriesNewlines: true),
        // One text per line: a newline inside a text is written as \n, which reads back as two characters.
        ["moses"] = new(PairFormat.Moses, "", CarriesFirstExport: true, CarriesNewlines: false),
        // Review's own x-status, note, annotator and time props are read back as decisions.
        ["tmx"] = new(PairFormat.Tmx, ".tmx", CarriesFirstExport: true, CarriesNewlines: true),
        // Review's review:* attributes are read back as decisions.
        ["xliff"] = new(PairFormat.Xliff, ".xlf", CarriesFirstExport: true, CarriesNewlines: true),
        ["xliff2"] = new(PairFormat.Xliff2, ".xlf", CarriesFirstExport: true, CarriesNewlines: true),
        // A LiteDB file holds its creation time, and LiteDB lays out its pages as it likes: the same
        // documents are not the same bytes, so the databases' JSONL exports are compared instead.
        ["litedb"] = new(PairFormat.Litedb, ".litedb", CarriesFirstExport: true, CarriesNewlines: true, SameBytes: false),
        // PO has no statuses: the decided text is the msgstr, and that is all a decision writes.
        ["po"] = new(PairFormat.Po, ".po", CarriesFirstExport: true, CarriesNewlines: true),
    };

    /// <summary>Korean, Chinese, emoji, newlines, tabs and markup, in sources, targets and a decision.</summary>
    private static readonly (string Source, string Target)[] Texts =
    [
        ("Hello, world.", "안녕하세요, 세계."),
        ("Open the file.", "打开文件。"),
        ("Thumbs up 👍🏽 and a family 👩‍👩‍👧", "좋아요 👍🏽 가족 👩‍👩‍👧"),
        ("a\ttab and\ttwo", "탭\t하나\t둘"),
        ("<b>Bold</b> &amp; <x id=\"1\"/> and {0} %s", "<b>굵게</b> &amp; <x id=\"1\"/> {0} %s"),
        ("Line one\nline two\n", "첫 줄\n둘째 줄\n"),
        ("Windows\r\nline", "윈도\r\n줄"),
        ("Chinese and Korean 中文 한국어", "中文 한국어 混合"),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Formats => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Import_export_import_export_gives_the_same_bytes(string name)
    {
        var format = Cases[name];
        var texts = Texts.Where(t => format.CarriesNewlines || (t.Source + t.Target).IndexOfAny(['\r', '\n']) < 0).ToList();
        var first = ExportOf(Seed(texts, format.CarriesNewlines), "first", format);

        var secondDb = ImportInto("second.db", first, format);
        var second = ExportOf(secondDb, "second", format);
        var thirdDb = ImportInto("third.db", second, format);
        var third = ExportOf(thirdDb, "third", format);
        if (!format.SameBytes)
        {
            (first, second, third) = (Jsonl(_folder.File("first.db"), "first"), Jsonl(secondDb, "second"), Jsonl(thirdDb, "third"));
        }

        Assert.Equal(Bytes(second), Bytes(third));
        if (format.CarriesFirstExport)
        {
            Assert.Equal(Bytes(first), Bytes(second));
        }
    }

    private IReadOnlyList<string> Jsonl(string db, string name) => ExportOf(db, name + "-as", new RoundTripCase(PairFormat.Jsonl, ".jsonl", true, true));

    /// <summary>A database of <paramref name="texts"/> with an accept, an edit, a reject and a skip.</summary>
    private string Seed(List<(string Source, string Target)> texts, bool newlines)
    {
        var lines = texts.Select((t, i) => JsonSerializer.Serialize(new { id = $"p{i + 1}", source = t.Source, target = t.Target }) + "\n");
        var input = _folder.Write("seed.jsonl", string.Concat(lines));
        var db = _folder.File("first.db");
        using var store = ReviewStore.Open(db);
        new PairImporter(store, ImportRequest.Default).Import(new ImportInput(PairFormat.Jsonl, [input]));
        store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");
        store.Decide(new PairId(2), DecisionKind.Edit, newlines ? "파일을\n여세요 😀\t<b>!</b>" : "파일을 여세요 😀\t<b>!</b>", "ana", "note");
        store.Decide(new PairId(3), DecisionKind.Reject, null, "ben", "wrong");
        store.Decide(new PairId(4), DecisionKind.Skip, null, "ben");
        return db;
    }

    private string ImportInto(string db, IReadOnlyList<string> files, RoundTripCase format)
    {
        var path = _folder.File(db);
        using var store = ReviewStore.Open(path);
        new PairImporter(store, ImportRequest.Default).Import(new ImportInput(format.Format, files));
        return path;
    }

    private IReadOnlyList<string> ExportOf(string db, string name, RoundTripCase format)
    {
        using var store = ReviewStore.Open(db);
        var request = new ExportRequest(_folder.File(name + format.Extension), format.Format, false)
        {
            Languages = new LanguagePair("en", "ko"),
            History = id => store.FindByExternalId(id) is { } pair ? store.History(pair.Id) : [],
        };
        return PairExporter.Export(store.ExportRows(null), request).Files;
    }

    private static List<byte[]> Bytes(IReadOnlyList<string> files) => files.Select(File.ReadAllBytes).ToList();
}
