using System.Text;
using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public sealed class CsvPairReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_rfc4180_quoting_with_newlines_inside_quotes()
    {
        var path = _folder.Write("in.csv", "\uFEFFid,source,target,note\r\n1,\"a, \"\"b\"\"\r\nc\",\" t \",n1\r\n2,x,y,\r\n");
        var records = Read.All(path, PairFormat.Csv);
        Assert.Equal(new PairRecord(2, "1", "a, \"b\"\r\nc", " t ", null, """{"note":"n1"}"""), records[0]);
        Assert.Equal(new PairRecord(4, "2", "x", "y", null, """{"note":""}"""), records[1]);
    }

    [Fact]
    public void Reads_tsv_and_detects_columns_like_jsonl_keys()
    {
        var path = _folder.Write("in.tsv", "src\ttgt\tsuggestion\nS\tT\tF\nS2\t\"T\t2\"\t\n");
        var records = Read.All(path, PairFormat.Tsv);
        Assert.Equal(("S", "T", "F"), (records[0].Source, records[0].Target, records[0].Suggestion));
        Assert.Equal(("T\t2", (string?)null), (records[1].Target, records[1].Suggestion));
    }

    [Fact]
    public void Reports_a_stray_quote_with_its_line()
    {
        var error = Read.Failure(_folder.Write("in.csv", "source,target\na,b\nc,d\"e\n"), PairFormat.Csv);
        Assert.Equal(3, error.Line);
        Assert.Contains("malformed csv", error.Problem);
    }

    [Fact]
    public void Reports_a_missing_column()
    {
        var error = Read.Failure(_folder.Write("in.csv", "source,target\na,b\nc\n"), PairFormat.Csv);
        Assert.Equal(3, error.Line);
        Assert.Contains("missing field", error.Problem);
    }

    [Fact]
    public void Reports_a_named_column_that_the_header_lacks()
    {
        var error = Read.Failure(_folder.Write("in.csv", "source,target\na,b\n"), PairFormat.Csv, new FieldOptions(TargetField: "ko"));
        Assert.Equal(1, error.Line);
        Assert.Contains("missing column \"ko\"", error.Problem);
    }

    [Fact]
    public void Reports_invalid_utf8_and_nul_with_line_and_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("source,target\na,b\nc,").Concat(new byte[] { 0xFF }).Concat("\n"u8.ToArray()).ToArray();
        var error = Read.Failure(_folder.Write("bad.csv", bytes), PairFormat.Csv);
        Assert.Equal((3L, "invalid UTF-8 at byte offset 20 (0xFF 0x0A)"), (error.Line!.Value, error.Problem));
        var nul = Read.Failure(_folder.Write("nul.csv", "source,target\na,b\0\n"), PairFormat.Csv);
        Assert.Equal((2L, "NUL byte at byte offset 17"), (nul.Line!.Value, nul.Problem));
    }

    [Fact]
    public void Refuses_a_line_over_16_MiB()
    {
        var error = Read.Failure(_folder.Write("huge.tsv", "source\ttarget\na\tb\nc\t" + new string('d', LineSource.MaxLineBytes) + "\n"), PairFormat.Tsv);
        Assert.Equal((3L, "line is longer than 16 MiB"), (error.Line!.Value, error.Problem));
    }

    [Fact]
    public void Checks_utf8_sequences_split_across_reads()
    {
        var text = "source,target\n" + string.Concat(Enumerable.Range(0, 40000).Select(i => $"가{i},나😀\n"));
        var records = Read.All(_folder.Write("big.csv", text), PairFormat.Csv);
        Assert.Equal(40000, records.Count);
        Assert.Equal(("가39999", "나😀"), (records[^1].Source, records[^1].Target));
    }
}
