using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Commands;

/// <summary>TMX, XLIFF 1.2 and 2.0 and the LiteDB exchange file through the real <c>review</c> binary, with decisions.</summary>
public sealed class ExchangeFormatsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("tmx", "out.tmx")]
    [InlineData("xliff", "out.xlf")]
    [InlineData("xliff2", "out.xlf")]
    [InlineData("litedb", "out.litedb")]
    public void Export_import_export_keeps_the_decisions(string format, string name)
    {
        Decided("one.db");
        var first = _folder.File("1-" + name);
        Assert.Equal(0, ReviewBinary.Run("export", "--db", _folder.File("one.db"), "--out", first, "--format", format).Exit);
        var import = ReviewBinary.Run("import", first, "--db", _folder.File("two.db"));
        Assert.Equal((0, ""), (import.Exit, import.Error));
        Assert.Contains("restored 5 decisions from a review export\n", import.Output.ReplaceLineEndings("\n"));
        var second = _folder.File("2-" + name);
        Assert.Equal(0, ReviewBinary.Run("export", "--db", _folder.File("two.db"), "--out", second, "--format", format).Exit);
        if (format != "litedb")
        {
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        ReviewBinary.Run("export", "--db", _folder.File("one.db"), "--out", _folder.File("one.jsonl"));
        ReviewBinary.Run("export", "--db", _folder.File("two.db"), "--out", _folder.File("two.jsonl"));
        Assert.Equal(File.ReadAllBytes(_folder.File("one.jsonl")), File.ReadAllBytes(_folder.File("two.jsonl")));
    }

    [Fact]
    public void An_xliff_file_given_as_tmx_is_refused_naming_the_format_to_try()
    {
        Decided("one.db");
        ReviewBinary.Run("export", "--db", _folder.File("one.db"), "--out", _folder.File("out.xlf"));
        var run = ReviewBinary.Run("import", _folder.File("out.xlf"), "--format", "tmx", "--db", _folder.File("two.db"));
        Assert.Equal(1, run.Exit);
        Assert.Equal($"review: {_folder.File("out.xlf")}: not a TMX file: the root element is <xliff>; try --format xliff\n", run.Error.ReplaceLineEndings("\n"));
    }

    private void Decided(string db)
    {
        var sample = _folder.Write("sample.jsonl", string.Concat(File.ReadLines(Sample.Corpus).Take(20).Select(l => l + "\n")));
        Assert.Equal(0, ReviewBinary.Run("import", sample, "--db", _folder.File(db)).Exit);
        using var store = ReviewStore.Open(_folder.File(db));
        store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");
        store.Decide(new PairId(2), DecisionKind.Edit, "고친 \"문장\"\n둘째 줄 <b>굵게</b> 😀\t탭", "ana", "note, with \\ and \t");
        store.Decide(new PairId(3), DecisionKind.TakeSuggestion, "제안 中文", "ben");
        store.Decide(new PairId(4), DecisionKind.Reject, null, "ben", "garbled beyond repair");
        store.Decide(new PairId(5), DecisionKind.Skip, null, "ben");
    }
}
