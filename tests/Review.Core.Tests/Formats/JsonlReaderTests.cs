using System.Text;
using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public sealed class JsonlReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("""{"source":"S","target":"T","x":"y"}""", "detected: source/target")]
    [InlineData("""{"tgt":"T","src":"S","x":"y"}""", "detected: src/tgt")]
    [InlineData("""{"translation":"T","text":"S","x":"y"}""", "detected: text/translation")]
    [InlineData("""{"id":"1","text":"S","arxiv-translator":"T"}""", "detected: text plus one other string field")]
    [InlineData("""{"id":"1","english":"S","korean":"T","n":3}""", "detected: the only two string fields")]
    public void Detects_source_and_target_fields(string line, string reason)
    {
        var path = _folder.Write("in.jsonl", line + "\n");
        var records = Read.All(new ImportInput(PairFormat.Jsonl, [path]), null, null, out var reader);
        Assert.Equal(("S", "T"), (records[0].Source, records[0].Target));
        Assert.Contains(reason, reader.Description);
    }

    [Fact]
    public void Detects_language_code_keys_and_takes_the_languages_from_them()
    {
        var path = _folder.Write("in.jsonl", """{"ko":"T","en":"S"}""" + "\n");
        var records = Read.All(new ImportInput(PairFormat.Jsonl, [path]), null, null, out var reader);
        Assert.Equal(("S", "T"), (records[0].Source, records[0].Target));
        Assert.Equal(new LanguagePair("en", "ko"), reader.Languages);
    }

    [Fact]
    public void Reads_the_sample_corpus_with_text_as_source_and_arxiv_translator_as_target()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "../../../../../data/arxiv-translator-ko.jsonl");
        var records = Read.All(sample, PairFormat.Jsonl);
        Assert.Equal(100, records.Count);
        Assert.Equal("arxiv-ko-0001", records[0].Id);
        Assert.StartsWith("\\(\\bullet\\)_Webpages._", records[0].Source);
        Assert.Null(records[0].MetadataJson);
    }

    [Fact]
    public void Uses_the_fields_the_user_names_and_keeps_the_rest_as_raw_metadata()
    {
        var path = _folder.Write("in.jsonl", """{"key":7,"a":"S","b":"T","fix":"F","extra":{"n":[1, 2]},"s":"x\u00e9"}""" + "\n");
        var fields = new FieldOptions("a", "b", "fix", "key");
        var record = Read.All(path, PairFormat.Jsonl, fields).Single();
        Assert.Equal(new PairRecord(1, "7", "S", "T", "F", """{"extra":{"n":[1, 2]},"s":"x\u00e9"}"""), record);
    }

    [Fact]
    public void Names_the_keys_when_it_cannot_decide()
    {
        var path = _folder.Write("in.jsonl", """{"a":"1","b":"2","c":"3"}""" + "\n");
        var error = Read.Failure(path, PairFormat.Jsonl);
        Assert.Equal(1, error.Line);
        Assert.Contains("a, b, c", error.Problem);
        Assert.Contains("--source-field", error.Problem);
    }

    [Fact]
    public void Strips_a_bom_accepts_crlf_and_skips_blank_lines()
    {
        var path = _folder.Write("in.jsonl", "\uFEFF{\"source\":\"a\",\"target\":\"b\"}\r\n\r\n{\"source\":\"c\\r\",\"target\":\"d\"}\r\n");
        var records = Read.All(path, PairFormat.Jsonl);
        Assert.Equal(["a", "c\r"], records.Select(r => r.Source));
        Assert.Equal([1L, 3L], records.Select(r => r.Line));
    }

    [Theory]
    [InlineData("{\"source\":\"a\",\"target\":\"b\"}\n{\"source\":\"a\",\"target\":}\n", 2, "broken JSON")]
    [InlineData("{\"source\":\"a\",\"target\":\"b\"}\n[1,2]\n", 2, "expected a JSON object")]
    [InlineData("{\"source\":\"a\",\"target\":\"b\"}\n{\"source\":\"a\"}\n", 2, "missing field \"target\"")]
    [InlineData("{\"source\":\"a\",\"target\":\"b\"}\n{\"source\":\"a\",\"target\":5}\n", 2, "field \"target\" is not a string")]
    [InlineData("{\"source\":\"a\",\"target\":\"b\"} x\n", 1, "broken JSON")]
    public void Reports_the_line_and_problem_of_bad_json(string text, long line, string problem)
    {
        var error = Read.Failure(_folder.Write("in.jsonl", text), PairFormat.Jsonl);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem);
        Assert.StartsWith($"{_folder.File("in.jsonl")}:{line}: ", error.Message);
    }

    [Fact]
    public void Reports_invalid_utf8_with_its_byte_offset_instead_of_replacing_it()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"source\":\"ok\",\"target\":\"b\"}\n{\"source\":\"x").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\",\"target\":\"b\"}\n")).ToArray();
        var error = Read.Failure(_folder.Write("in.jsonl", bytes), PairFormat.Jsonl);
        Assert.Equal(2, error.Line);
        Assert.Contains("invalid UTF-8 at byte offset 41 (0xC3 0x28", error.Problem);
    }

    [Fact]
    public void Reports_a_nul_byte()
    {
        var error = Read.Failure(_folder.Write("in.jsonl", "{\"source\":\"a\0\",\"target\":\"b\"}\n"), PairFormat.Jsonl);
        Assert.Equal(1, error.Line);
        Assert.Contains("NUL byte at byte offset 12", error.Problem);
    }

    [Fact]
    public void Refuses_a_line_over_16_MiB()
    {
        var huge = "{\"source\":\"" + new string('a', LineSource.MaxLineBytes) + "\",\"target\":\"b\"}\n";
        var error = Read.Failure(_folder.Write("in.jsonl", "{\"source\":\"a\",\"target\":\"b\"}\n" + huge), PairFormat.Jsonl);
        Assert.Equal(2, error.Line);
        Assert.Contains("longer than 16 MiB", error.Problem);
    }
}
