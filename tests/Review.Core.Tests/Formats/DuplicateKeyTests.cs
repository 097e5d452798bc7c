using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

/// <summary>
/// A repeated JSON key or CSV column is refused: Python and jq read the last value where a
/// first-wins reader would review another text than the one other tools see.
/// </summary>
public sealed class DuplicateKeyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_repeated_json_key_names_the_file_line_and_key()
    {
        var path = _folder.Write("d.jsonl", "{\"source\":\"a\",\"target\":\"b\"}\n{\"source\":\"first\",\"source\":\"second\",\"target\":\"x\"}\n");
        var error = Read.Failure(path, PairFormat.Jsonl);
        Assert.Equal((path, 2L, "duplicate key \"source\""), (error.File, error.Line!.Value, error.Problem));
    }

    [Fact]
    public void A_key_repeated_through_an_escape_is_the_same_key()
    {
        var path = _folder.Write("d.jsonl", "{\"source\":\"a\",\"target\":\"b\",\"t\\u0061rget\":\"c\"}\n");
        Assert.Equal("duplicate key \"target\"", Read.Failure(path, PairFormat.Jsonl).Problem);
    }

    [Fact]
    public void Nested_objects_may_repeat_their_own_keys_apart_from_the_top_level()
    {
        var path = _folder.Write("d.jsonl", "{\"source\":\"a\",\"target\":\"b\",\"meta\":{\"source\":1}}\n");
        Assert.Equal("b", Read.All(path, PairFormat.Jsonl).Single().Target);
    }

    [Theory]
    [InlineData("d.csv", PairFormat.Csv, "source,target,source\na,b,c\n")]
    [InlineData("d.tsv", PairFormat.Tsv, "source\ttarget\ttarget\na\tb\tc\n")]
    public void A_repeated_header_column_names_the_file_line_and_column(string name, PairFormat format, string text)
    {
        var path = _folder.Write(name, text);
        var error = Read.Failure(path, format);
        Assert.Equal(1L, error.Line);
        Assert.StartsWith("duplicate column \"", error.Problem);
    }
}
