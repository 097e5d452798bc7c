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
}
