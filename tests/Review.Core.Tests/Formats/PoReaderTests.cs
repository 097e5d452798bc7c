using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public sealed class PoReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_entry_of_the_feature_file_becomes_its_pairs_with_the_rest_in_the_metadata()
    {
        var records = Read.All(new ImportInput(PairFormat.Po, [PoPeers.Data("features.po")]), null, null, out var reader);

        Assert.Equal(
            [
                "features:Hello, %s!", "features:menu|Open", "features:door|Open",
                "features:Removed %d file[0]", "features:Removed %d file[1]",
                "features:A long text that spans\nseveral lines,\twith a tab, \"quotes\" and a backslash \\.\n",
                "features:<b>Bold</b> and emoji 😀 and 中文", "features:Not translated yet", "features:Save",
            ],
            records.Select(r => r.Id));
        Assert.Equal(new LanguagePair("en", "ko"), reader.Languages);
        Assert.Equal("여러 줄에 걸친\n긴 글,\t탭과 \"따옴표\", 역슬래시 \\.\n", records[5].Target);
        Assert.Equal(("Removed %d files", "파일 %d개를 지웠습니다"), (records[4].Source, records[4].Target));
        Assert.Equal("", records[7].Target);

        var hello = PoMetadata.Of(records[0].MetadataJson)!;
        Assert.Equal(["A translator's comment"], hello.TranslatorComments!);
        Assert.Equal(["An extracted comment for translators"], hello.ExtractedComments!);
        Assert.Equal(["src/main.c:10 src/main.c:20", "src/other.c:5"], hello.References!);
        Assert.Equal(["c-format"], hello.Flags!);
        Assert.StartsWith("# Korean translation", hello.Header);
        Assert.Equal("menu", PoMetadata.Of(records[1].MetadataJson)!.Msgctxt);
        var plural = PoMetadata.Of(records[4].MetadataJson)!;
        Assert.Equal((1, 2, "Removed %d files"), (plural.PluralForm!.Value, plural.PluralForms!.Value, plural.MsgidPlural!));
        Assert.True(plural.IsFuzzy);
        Assert.Equal(["msgid \"Deleted %d file\""], plural.Previous!);
        Assert.Contains("#~ msgctxt \"gone\"", PoMetadata.Of(records[^1].MetadataJson)!.Obsolete);
        Assert.Equal(
            ["2 fuzzy entries need review (imported as pending, flagged fuzzy)", "skipped 2 obsolete (#~) entries; export writes them back"],
            reader.Notes);
    }

    [Fact]
    public void The_header_language_is_the_target_language()
    {
        var records = Read.All(new ImportInput(PairFormat.Po, [PoPeers.Data("apt-zh_CN.po")]), null, null, out var reader);
        Assert.Equal(new LanguagePair("en", "zh_CN"), reader.Languages);
        Assert.True(records.Count > 300);
    }

    [Fact]
    public void Octal_and_hex_escapes_are_read()
    {
        var path = _folder.Write("e.po", "msgid \"a\\101\\x42\\a\"\nmsgstr \"b\"\n");
        Assert.Equal("aAB\a", Read.All(path, PairFormat.Po).Single().Source);
    }

    [Theory]
    [InlineData("msgid \"a\"\n", 1, "entry without a msgstr")]
    [InlineData("msgid \"a\nmsgstr \"b\"\n", 1, "missing closing quote")]
    [InlineData("msgid \"a\" x\nmsgstr \"b\"\n", 1, "text after the closing quote")]
    [InlineData("msgid \"a\\q\"\nmsgstr \"b\"\n", 1, "unknown escape \\q")]
    [InlineData("msgid \"a\"\nmsgstr[1] \"b\"\n", 2, "msgstr[1]: expected msgstr")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\"c\"\nbogus \"d\"\n", 4, "unknown keyword \"bogus\"")]
    [InlineData("\"c\"\nmsgid \"a\"\nmsgstr \"b\"\n", 1, "a string continues no keyword")]
    public void A_broken_file_names_the_line_and_the_problem(string text, long line, string problem)
    {
        var error = Read.Failure(_folder.Write("bad.po", text), PairFormat.Po);
        Assert.Equal((line, problem), (error.Line!.Value, error.Problem));
    }

    [Theory]
    [InlineData("adduser-ko-euckr.po", "EUC-KR", "adduser-ko-euckr:Done.\n", "완료.\n")]
    [InlineData("xdg-user-dirs-zh_CN-gb18030.po", "GB18030", "xdg-user-dirs-zh_CN-gb18030:Documents", "文档")]
    public void A_catalog_in_the_charset_its_header_declares_is_decoded_with_it(string name, string charset, string id, string target)
    {
        var records = Read.All(new ImportInput(PairFormat.Po, [PoPeers.Data(name)]), null, null, out var reader);

        Assert.Equal(target, records.Single(r => r.Id == id).Target);
        Assert.Contains($"decoded from {charset}; export writes UTF-8", reader.Notes);
        var header = PoMetadata.Of(records[0].MetadataJson)!.Header!;
        Assert.Contains("charset=UTF-8", header);
        Assert.DoesNotContain(charset, header);
    }

    [Theory]
    [InlineData("EUC-KR", "EUC-KR")]
    [InlineData("CP949", "CP949")]
    [InlineData("GB2312", "GB2312")]
    [InlineData("GBK", "GBK")]
    [InlineData("GB18030", "GB18030")]
    [InlineData("BIG5", "BIG5")]
    public void The_charsets_of_korean_and_chinese_catalogs_are_known(string charset, string encodeAs)
    {
        var korean = charset is "EUC-KR" or "CP949";
        var text = korean ? "파일을 열 수 없습니다" : charset == "BIG5" ? "無法開啟檔案" : "无法打开文件";
        var encoding = PoCharset.Decoder(encodeAs)!;
        var bytes = encoding.GetBytes($"msgid \"\"\nmsgstr \"Content-Type: text/plain; charset={charset}\\n\"\n\nmsgid \"a\"\nmsgstr \"{text}\"\n");
        var path = _folder.File("cs.po");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(text, Read.All(new ImportInput(PairFormat.Po, [path]), null, null, out _).Single().Target);
    }

    [Fact]
    public void A_declared_charset_the_bytes_do_not_match_names_the_line()
    {
        // UTF-8 text under a header that says EUC-KR: 0xEC 0x99 is no EUC-KR character (its trail bytes start at 0xA1).
        var path = _folder.Write("wrong.po", "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=EUC-KR\\n\"\n\nmsgid \"a\"\nmsgstr \"완료\"\n");

        var error = Read.Failure(path, PairFormat.Po);

        Assert.Equal(5, error.Line);
        Assert.StartsWith("bytes that are not EUC-KR at byte offset", error.Problem);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_charset_review_does_not_know_is_refused_with_the_conversion_command()
    {
        var path = _folder.Write("odd.po", "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=X-MARTIAN\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n");
        var problem = Read.Failure(path, PairFormat.Po).Problem;
        Assert.Contains("charset=X-MARTIAN", problem);
        Assert.Contains("msgconv --to-code=UTF-8", problem);
    }
}
