using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Text;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

public sealed class XliffRoundTripTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ExportRestore _restore;

    public XliffRoundTripTests() => _restore = new ExportRestore(_folder);

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("inline-codes-1.2.xlf", PairFormat.Xliff, Xmllint.Xliff12)]
    [InlineData("inline-codes-2.0.xlf", PairFormat.Xliff2, Xmllint.Xliff20)]
    [InlineData("apt-ko-po2xliff.xlf", PairFormat.Xliff, Xmllint.Xliff12)]
    [InlineData("apt-ko-po2xliff.xlf", PairFormat.Xliff2, Xmllint.Xliff20)]
    public void An_untouched_file_exports_valid_xliff_that_round_trips_byte_for_byte(string file, PairFormat format, string schema)
    {
        _restore.Import("one.db", DataFiles.Path(file), format: PairFormat.Xliff);
        var first = _restore.Export("one.db", "first.xlf", format: format);
        Xmllint.AssertValid(first, schema);
        _restore.Import("two.db", first, format: PairFormat.Xliff);
        var second = _restore.Export("two.db", "second.xlf", format: format);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        if (file.Contains("2.0", StringComparison.Ordinal) == (format == PairFormat.Xliff2))
        {
            // Same version: the second database holds what the first did (across versions, the kept "version" differs).
            Assert.Equal(File.ReadAllText(_restore.Export("one.db", "one.jsonl")), File.ReadAllText(_restore.Export("two.db", "two.jsonl")));
        }
    }

    [Fact]
    public void Inline_codes_come_back_exactly_as_the_file_had_them()
    {
        _restore.Import("one.db", DataFiles.Path("inline-codes-1.2.xlf"), format: PairFormat.Xliff);
        var text = File.ReadAllText(_restore.Export("one.db", "out.xlf", format: PairFormat.Xliff));
        Assert.Contains("""<source>Click <g id="1" ctype="bold">Open</g> to load<x id="2" ctype="lb"/>a file &amp; more</source>""", text);
        Assert.Contains("""<source>Use <bpt id="1">&lt;b&gt;</bpt>bold<ept id="1">&lt;/b&gt;</ept> or <ph id="2">{0}</ph> and <it id="3" pos="open">&lt;i&gt;</it> 😀	tab</source>""", text);
        Assert.Contains("""<target state="translated">파일을 불러오려면<x id="2" ctype="lb"/><g id="1" ctype="bold">열기</g>를 누르세요 &amp; 더</target>""", text);
        Assert.Contains("""<note from="developer">Menu item; keep it short</note>""", text);
        Assert.Contains("""<trans-unit id="multi line" review:status="pending">""", text);
        Assert.DoesNotContain("<target />", text);
        _restore.Import("two.db", DataFiles.Path("inline-codes-2.0.xlf"), format: PairFormat.Xliff);
        var text2 = File.ReadAllText(_restore.Export("two.db", "out2.xlf", format: PairFormat.Xliff2));
        Assert.Contains("""<source>Hello <pc id="1" dataRefStart="d1" dataRefEnd="d2">world</pc>!<ph id="2" dataRef="d3"/></source>""", text2);
        Assert.Contains("""<data id="d1">&lt;b&gt;</data>""", text2);
        Assert.Contains("""<note category="context">Shown on the start page</note>""", text2);
    }

    [Fact]
    public void Translate_toolkit_reads_the_12_export_of_a_real_catalog()
    {
        _restore.Import("one.db", DataFiles.Path("apt-ko-po2xliff.xlf"), format: PairFormat.Xliff);
        var units = TranslateToolkit.ReadXliff(_restore.Export("one.db", "out.xlf", format: PairFormat.Xliff));
        var original = TranslateToolkit.ReadXliff(DataFiles.Path("apt-ko-po2xliff.xlf"));
        // Groups are not kept, so the toolkit names the units of po2xliff's plural group differently; the texts are the same.
        Assert.Equal(original.Select(u => (u.Source, u.Target)), units.Select(u => (u.Source, u.Target)));
    }

    [Theory]
    [InlineData(PairFormat.Xliff, Xmllint.Xliff12)]
    [InlineData(PairFormat.Xliff2, Xmllint.Xliff20)]
    public void Decisions_survive_export_import_export_byte_for_byte(PairFormat format, string schema)
    {
        _restore.Decide("one.db", _folder.Write("in.jsonl", Corpus()));
        var first = _restore.Export("one.db", "first.xlf", format: format);
        Xmllint.AssertValid(first, schema);
        var import = _restore.Import("two.db", first, format: PairFormat.Xliff);
        Assert.Equal("restored 6 decisions from a review export", import.RestoreReport);
        var second = _restore.Export("two.db", "second.xlf", format: format);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var two = ReviewStore.Open(_folder.File("two.db"));
        var rejected = two.EffectiveDecision(new PairId(4))!;
        Assert.Equal((DecisionKind.Reject, "ben", "garbage\r\n"), (rejected.Kind, rejected.Annotator, rejected.Note));
        Assert.Equal("p 1", two.GetPair(new PairId(1))!.ExternalId);
    }

    [Fact]
    public void The_12_export_tells_other_tools_which_pairs_were_approved()
    {
        _restore.Decide("one.db", _folder.Write("in.jsonl", Corpus()));
        var units = TranslateToolkit.ReadXliff(_restore.Export("one.db", "out.xlf", format: PairFormat.Xliff));
        Assert.Equal([true, true, true, false, false, false, false, true, false, false], units.Select(u => u.Approved));
        Assert.Equal("markup <b>bold</b> & \"quotes\" <x id=\"1\"/>", units[2].Source);
    }

    [Fact]
    public void A_target_whose_codes_no_longer_nest_is_refused_and_nothing_is_written()
    {
        _restore.Import("one.db", DataFiles.Path("inline-codes-1.2.xlf"), format: PairFormat.Xliff);
        using (var store = ReviewStore.Open(_folder.File("one.db")))
        {
            store.Decide(new PairId(1), DecisionKind.Edit, $"{InlineCodes.Code("/g1")}열기{InlineCodes.Code("g1")}", "ana", null);
        }
        var error = Assert.Throws<ExportException>(() => _restore.Export("one.db", "out.xlf", format: PairFormat.Xliff));
        Assert.StartsWith("pair \"open\": the inline codes of its target do not nest", error.Message);
        Assert.False(File.Exists(_folder.File("out.xlf")));
    }

    [Fact]
    public void Codes_of_one_version_are_not_written_into_the_other()
    {
        _restore.Import("one.db", DataFiles.Path("inline-codes-1.2.xlf"), format: PairFormat.Xliff);
        var error = Assert.Throws<ExportException>(() => _restore.Export("one.db", "out.xlf", format: PairFormat.Xliff2));
        Assert.Contains("holds XLIFF 1.2 inline codes, which XLIFF 2.0 does not have; export it as xliff", error.Message);
    }

    private static string Corpus()
    {
        string[] texts =
        [
            "tab\tin the middle\t", "new\nline and\r\nCRLF and lone\rCR\n", "markup <b>bold</b> & \"quotes\" <x id=\"1\"/>",
            "emoji 😀👩‍👩‍👧 and flags 🇰🇷", "中文 简体字", "", "combining e\u0301 한\u1100\u1161",
            "RTL עברית \u202Eoverride\u202C zero\u200Bwidth", "  spaces  ",
        ];
        var lines = texts.Select((text, i) =>
            $"{{\"id\":\"p {i + 1}\",\"source\":{JsonStrings.Quote(text)},\"target\":\"대상 {i + 1}\\n둘째 줄\",\"suggestion\":{(i == 1 ? JsonStrings.Quote("제안 😀") : "null")}," +
            $"\"domain\": {{ \"a\" : [1, 2.50, \"\\u00e9\"] }},\"n\":{i}}}\n");
        return string.Concat(lines) + "{\"id\":\"p10\",\"source\":\"last\",\"target\":\"\"}\n";
    }
}
