using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public sealed class FormatDetectorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Uses_extension_then_content_then_pairs_plain_files_as_moses()
    {
        var jsonl = _folder.Write("a.jsonl", "{}");
        var tsv = _folder.Write("b.tsv", "x");
        var sniffedJson = _folder.Write("c.data", " {\"a\":1}");
        var sniffedTmx = _folder.Write("d.xml", "<?xml version=\"1.0\"?><tmx/>");
        var en = _folder.Write("e.en", "hello");
        var ko = _folder.Write("e.ko", "안녕");
        var plan = FormatDetector.Plan([jsonl, tsv, sniffedJson, sniffedTmx, en, ko], null);
        Assert.Equal(
            [PairFormat.Jsonl, PairFormat.Tsv, PairFormat.Jsonl, PairFormat.Tmx, PairFormat.Moses],
            plan.Select(p => p.Format));
        Assert.Equal([en, ko], plan[^1].Paths);
    }

    [Fact]
    public void A_single_plain_file_with_a_tab_header_is_tsv_and_an_odd_plain_file_is_an_error()
    {
        Assert.Equal(PairFormat.Tsv, FormatDetector.Plan([_folder.Write("t.txt", "source\ttarget\n")], null).Single().Format);
        var error = Assert.Throws<InputException>(() => FormatDetector.Plan([_folder.Write("x.en", "hello\n")], null));
        Assert.Contains("pass --format", error.Problem);
    }

    [Fact]
    public void The_given_format_wins()
    {
        var path = _folder.Write("a.jsonl", "{}");
        Assert.Equal(PairFormat.Csv, FormatDetector.Plan([path], PairFormat.Csv).Single().Format);
    }

    [Fact]
    public void One_po_file_and_two_po_files_are_po_by_extension_or_content()
    {
        var po = _folder.Write("a.po", "# comment\nmsgid \"\"\nmsgstr \"\"\n");
        var other = _folder.Write("b.po", "msgid \"x\"\nmsgstr \"y\"\n");
        var noExtension = _folder.Write("catalog", "#, fuzzy\nmsgctxt \"c\"\nmsgid \"x\"\nmsgstr \"y\"\n");
        Assert.Equal([PairFormat.Po], FormatDetector.Plan([po], null).Select(p => p.Format));
        Assert.Equal([PairFormat.Po, PairFormat.Po, PairFormat.Po], FormatDetector.Plan([po, other, noExtension], null).Select(p => p.Format));
    }

    [Theory]
    [InlineData("a.tmx", "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"/>", null, "not a TMX file: the root element is <xliff>")]
    [InlineData("a.tbx", "<?xml version=\"1.0\"?>\n<martif type=\"TBX\"/>", null, "not a format review reads: the root element is <martif>")]
    [InlineData("a.tbx", "<martif type=\"TBX\"/>", null, "not a format review reads: the root element is <martif>")]
    [InlineData("a.xml", "<tmx/>", PairFormat.Po, "not a PO file: the root element is <tmx>; try --format tmx")]
    [InlineData("a.po", "msgid \"a\"\nmsgstr \"b\"\n", PairFormat.Moses, "not a Moses file: it starts with PO entries (msgid); try --format po")]
    [InlineData("a.po", "msgid \"a\"\nmsgstr \"b\"\n", PairFormat.Tmx, "not a TMX file: it starts with PO entries (msgid); try --format po")]
    [InlineData("a.txt", "<tmx/>", PairFormat.Jsonl, "not a JSONL file: the root element is <tmx>; try --format tmx")]
    [InlineData("a.po", "just text\n", null, "not a PO file: the first line is plain text")]
    public void A_file_whose_content_contradicts_its_extension_or_format_is_refused_naming_what_it_is(
        string name, string text, PairFormat? given, string problem)
    {
        var path = _folder.Write(name, text);
        var error = Assert.Throws<InputException>(() => FormatDetector.Plan([path], given));
        Assert.Equal(path, error.File);
        Assert.StartsWith(problem, error.Problem);
    }

    [Fact]
    public void Plain_text_may_start_with_markup_when_the_format_is_given()
    {
        var source = _folder.Write("c.en", "<b>bold</b>\n");
        var target = _folder.Write("c.ko", "<b>굵게</b>\n");
        Assert.Equal(PairFormat.Moses, FormatDetector.Plan([source, target], PairFormat.Moses).Single().Format);
    }
}
