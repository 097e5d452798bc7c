using System.Diagnostics;
using System.Text.Json;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

public sealed class TmxKeepsEverythingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ExportRestore _restore;

    public TmxKeepsEverythingTests() => _restore = new ExportRestore(_folder);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Props_notes_and_dates_of_a_po2tmx_file_go_into_the_metadata()
    {
        var records = Read.All(DataFiles.Path("apt-ko-po2tmx.tmx"), PairFormat.Tmx);
        Assert.Equal(30, records.Count);
        using var first = JsonDocument.Parse(records[0].MetadataJson!);
        var tmx = first.RootElement.GetProperty("tmx");
        var tu = tmx.GetProperty("tu");
        Assert.Equal("20100830T023100Z", tu.GetProperty("attributes").GetProperty("creationdate").GetString());
        Assert.Equal("changwoo", tu.GetProperty("attributes").GetProperty("changeid").GetString());
        Assert.Equal("cwryu", tu.GetProperty("attributes").GetProperty("creationid").GetString());
        Assert.Equal(
            """[{"name":"prop","attributes":{"type":"x-context"},"text":"apt-pkg/cachefile.cc"},{"name":"note","text":"Shown by apt-cache policy"}]""",
            tu.GetProperty("elements").GetRawText());
        Assert.Equal(
            """{"attributes":{"creationdate":"20100830T023100Z"},"elements":[{"name":"prop","attributes":{"type":"x-origin"},"text":"manual"}]}""",
            tmx.GetProperty("target").GetRawText());
        Assert.Equal("""{"tmx":{"tu":{"elements":[{"name":"note","attributes":{"xml:lang":"ko"},"text":"후보 = candidate"}]}}}""", records[1].MetadataJson);
        Assert.Null(records[2].MetadataJson);
        Assert.Null(records[0].Exported);
    }

    [Fact]
    public void A_po2tmx_file_exports_its_props_and_notes_back_and_round_trips_byte_for_byte()
    {
        _restore.Import("one.db", DataFiles.Path("apt-ko-po2tmx.tmx"), format: PairFormat.Tmx);
        var first = _restore.Export("one.db", "first.tmx", format: PairFormat.Tmx);
        var text = File.ReadAllText(first);
        Assert.Contains("""creationdate="20100830T023100Z" creationid="cwryu" changedate="20101001T120000Z" changeid="changwoo">""", text);
        Assert.Contains("""<prop type="x-context">apt-pkg/cachefile.cc</prop>""", text);
        Assert.Contains("""<note xml:lang="ko">후보 = candidate</note>""", text);
        Assert.Contains("""<tuv xml:lang="ko" creationdate="20100830T023100Z">""", text);
        Assert.Equal(30, TranslateToolkit.ReadTmx(first).Count);
        _restore.Import("two.db", first, format: PairFormat.Tmx);
        var second = _restore.Export("two.db", "second.tmx", format: PairFormat.Tmx);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(File.ReadAllBytes(_restore.Export("one.db", "one.jsonl")), File.ReadAllBytes(_restore.Export("two.db", "two.jsonl")));
    }

    [Fact]
    public void Decisions_survive_tmx_export_import_export_byte_for_byte()
    {
        _restore.Decide("one.db", _folder.Write("in.jsonl", Corpus()));
        var first = _restore.Export("one.db", "first.tmx", format: PairFormat.Tmx);
        var import = _restore.Import("two.db", first, format: PairFormat.Tmx);
        Assert.Equal("restored 6 decisions from a review export", import.RestoreReport);
        var second = _restore.Export("two.db", "second.tmx", format: PairFormat.Tmx);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var two = ReviewStore.Open(_folder.File("two.db"));
        var rejected = two.EffectiveDecision(new PairId(4))!;
        Assert.Equal((DecisionKind.Reject, "ben", "garbage\r\n"), (rejected.Kind, rejected.Annotator, rejected.Note));
        Assert.Equal(10, TranslateToolkit.ReadTmx(first).Count);
    }

    [Fact]
    public void A_later_tu_without_the_status_of_a_review_export_is_an_error_naming_it()
    {
        _restore.Decide("one.db", _folder.Write("in.jsonl", Corpus()));
        var first = _restore.Export("one.db", "first.tmx", format: PairFormat.Tmx);
        var text = File.ReadAllText(first);
        var third = text.IndexOf("<prop type=\"x-status\">edited</prop>", StringComparison.Ordinal);
        File.WriteAllText(first, text.Remove(third, "<prop type=\"x-status\">edited</prop>".Length));
        var error = Read.Failure(first, PairFormat.Tmx);
        Assert.StartsWith("TU 3: no prop \"x-status\"", error.Problem);
    }

    [Fact]
    public void An_xliff_file_handed_to_the_tmx_reader_is_refused_naming_its_root()
    {
        var error = Read.Failure(DataFiles.Path("apt-ko-po2xliff.xlf"), PairFormat.Tmx);
        Assert.Equal("not a TMX file: the root element is <xliff>; try --format xliff", error.Problem);
    }

    [Theory]
    [InlineData("<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;")]
    [InlineData("<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;")]
    [InlineData("<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/evil.dtd\">", "&x;")]
    public void Entities_are_never_expanded_nor_fetched(string doctype, string reference)
    {
        var path = _folder.Write("attack.tmx", $"""
            <?xml version="1.0"?>
            {doctype}
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>a {reference}</seg></tuv><tuv xml:lang="ko"><seg>b</seg></tuv></tu>
            </body></tmx>
            """);
        var error = Read.Failure(path, PairFormat.Tmx);
        Assert.Contains("malformed XML", error.Problem);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public void An_xinclude_is_refused()
    {
        var path = _folder.Write("xi.tmx", """
            <tmx version="1.4" xmlns:xi="http://www.w3.org/2001/XInclude"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>a <xi:include href="/etc/passwd" parse="text"/></seg></tuv><tuv xml:lang="ko"><seg>b</seg></tuv></tu>
            </body></tmx>
            """);
        Assert.Contains("XInclude (<xi:include>) is not read", Read.Failure(path, PairFormat.Tmx).Problem);
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
