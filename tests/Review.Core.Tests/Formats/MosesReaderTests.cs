using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public sealed class MosesReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Pairs_lines_literally_and_takes_languages_from_the_extensions()
    {
        var source = _folder.Write("corpus.en", "\uFEFFone\r\n\ntab\there \\n kept\nlone\rCR\n");
        var target = _folder.Write("corpus.ko", "하나\n\n탭\n고립\n");
        var records = Read.All(new ImportInput(PairFormat.Moses, [source, target]), null, null, out var reader);
        Assert.Equal(["one", "", "tab\there \\n kept", "lone\rCR"], records.Select(r => r.Source));
        Assert.Equal(["하나", "", "탭", "고립"], records.Select(r => r.Target));
        Assert.Equal(new LanguagePair("en", "ko"), reader.Languages);
    }

    [Fact]
    public void Reports_both_line_counts_when_they_differ()
    {
        var source = _folder.Write("c.en", "a\nb\nc\n");
        var target = _folder.Write("c.ko", "x\n");
        var error = Assert.Throws<InputException>(() => Read.All(new ImportInput(PairFormat.Moses, [source, target]), null, null, out _));
        Assert.Contains("has 3 lines", error.Problem);
        Assert.Contains("has 1", error.Problem);
    }
}
