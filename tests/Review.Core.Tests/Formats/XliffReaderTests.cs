using System.Text.Json;
using Review.Core.Formats;
using Review.Core.Text;

namespace Review.Core.Tests.Formats;

public sealed class XliffReaderTests : IDisposable
{
    private const char O = InlineCodes.Open;
    private const char C = InlineCodes.Close;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_xliff_12_ids_texts_languages_and_inline_codes_as_tokens()
    {
        var records = Read.All(new ImportInput(PairFormat.Xliff, [DataFiles.Path("inline-codes-1.2.xlf")]), null, null, out var reader);
        Assert.Equal(["open", "tags", "multi line", "zh"], records.Select(r => r.Id));
        Assert.Equal(new LanguagePair("en", "ko"), reader.Languages);
        Assert.Equal($"Click {O}g1{C}Open{O}/g1{C} to load{O}x2{C}a file & more", records[0].Source);
        Assert.Equal("Click ⟦g1⟧Open⟦/g1⟧ to load⟦x2⟧a file & more", InlineCodes.Visible(records[0].Source));
        Assert.Equal($"파일을 불러오려면{O}x2{C}{O}g1{C}열기{O}/g1{C}를 누르세요 & 더", records[0].Target);
        Assert.Equal($"Use {O}bpt1{C}bold{O}ept1{C} or {O}ph2{C} and {O}it3{C} 😀\ttab", records[1].Source);
        Assert.Equal("First line\nsecond ⟦bx5⟧line⟦ex5⟧", InlineCodes.Visible(records[2].Source));
        Assert.Equal("", records[2].Target);
        using var metadata = JsonDocument.Parse(records[0].MetadataJson!);
        var xliff = metadata.RootElement.GetProperty("xliff");
        Assert.Equal("""{"g1":"<g id=\"1\" ctype=\"bold\">","/g1":"</g>","x2":"<x id=\"2\" ctype=\"lb\"/>"}""", xliff.GetProperty("source_codes").GetRawText());
        Assert.Equal("translated", xliff.GetProperty("target").GetProperty("attributes").GetProperty("state").GetString());
        Assert.Equal("Menu item; keep it short", xliff.GetProperty("unit").GetProperty("elements")[0].GetProperty("text").GetString());
        using var tags = JsonDocument.Parse(records[1].MetadataJson!);
        Assert.Equal("<bpt id=\"1\">&lt;b&gt;</bpt>", tags.RootElement.GetProperty("xliff").GetProperty("source_codes").GetProperty("bpt1").GetString());
        Assert.All(records, r => Assert.Null(r.Exported));
    }

    [Fact]
    public void Reads_xliff_20_one_pair_per_segment_with_its_languages()
    {
        var records = Read.All(new ImportInput(PairFormat.Xliff, [DataFiles.Path("inline-codes-2.0.xlf")]), null, null, out var reader);
        Assert.Equal(["greeting", "split/a", "split/b", "marked"], records.Select(r => r.Id));
        Assert.Equal(new LanguagePair("en", "zh-CN"), reader.Languages);
        Assert.Equal("Hello ⟦pc1⟧world⟦/pc1⟧!⟦ph2⟧", InlineCodes.Visible(records[0].Source));
        Assert.Equal("你好，⟦pc1⟧世界⟦/pc1⟧！⟦ph2⟧", InlineCodes.Visible(records[0].Target));
        Assert.Equal("still bold⟦ec1⟧ end 😀\ntab\there", InlineCodes.Visible(records[2].Source));
        Assert.Equal("A ⟦mrkm1⟧term⟦/mrkm1⟧ and <literal> & text", InlineCodes.Visible(records[3].Source));
    }

    [Fact]
    public void Reads_po2xliff_output_of_a_real_catalog()
    {
        var records = Read.All(new ImportInput(PairFormat.Xliff, [DataFiles.Path("apt-ko-po2xliff.xlf")]), null, LanguagePair.Default, out _);
        Assert.Equal(32, records.Count);
        Assert.Equal("  Candidate: ", records[1].Source);
        Assert.Equal("  후보: ", records[1].Target);
    }

    [Fact]
    public void A_tmx_file_handed_to_the_xliff_reader_is_refused_naming_its_root()
    {
        var error = Read.Failure(DataFiles.Path("apt-ko-po2tmx.tmx"), PairFormat.Xliff);
        Assert.Equal("not an XLIFF file: the root element is <tmx>; try --format tmx", error.Problem);
    }

    [Fact]
    public void Detection_tells_xliff_from_tmx_by_the_root_element()
    {
        var xliff = _folder.Write("noext", File.ReadAllText(DataFiles.Path("inline-codes-2.0.xlf")));
        Assert.Equal(PairFormat.Xliff, FormatDetector.Detect(xliff));
        Assert.Equal(PairFormat.Xliff, FormatDetector.Detect(DataFiles.Path("apt-ko-po2xliff.xlf")));
        Assert.Equal(PairFormat.Tmx, FormatDetector.Detect(_folder.Write("tmx-noext", File.ReadAllText(DataFiles.Path("apt-ko-po2tmx.tmx")))));
    }

    [Theory]
    [InlineData("<!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;")]
    [InlineData("<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;")]
    [InlineData("<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/evil.dtd\">", "&x;")]
    public void Entities_are_never_expanded_nor_fetched(string doctype, string reference)
    {
        var path = _folder.Write("attack.xlf", $"""
            <?xml version="1.0"?>
            {doctype}
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" datatype="plaintext"><body>
            <trans-unit id="1"><source>a {reference}</source></trans-unit>
            </body></file></xliff>
            """);
        var error = Read.Failure(path, PairFormat.Xliff);
        Assert.Contains("malformed XML", error.Problem);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public void An_xinclude_is_refused()
    {
        var path = _folder.Write("xi.xlf", """
            <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:xi="http://www.w3.org/2001/XInclude" srcLang="en"><file id="f">
            <unit id="u"><segment><source>a <xi:include href="/etc/passwd" parse="text"/></source></segment></unit>
            </file></xliff>
            """);
        Assert.Contains("XInclude (<xi:include>) is not read", Read.Failure(path, PairFormat.Xliff).Problem);
    }

    [Fact]
    public void A_text_holding_the_code_markers_is_refused()
    {
        var path = _folder.Write("marker.xlf", $"""
            <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en"><file id="f">
            <unit id="u"><segment><source>a {O}x{C}</source></segment></unit>
            </file></xliff>
            """);
        Assert.Contains("U+FDD0 or U+FDD1", Read.Failure(path, PairFormat.Xliff).Problem);
    }
}
