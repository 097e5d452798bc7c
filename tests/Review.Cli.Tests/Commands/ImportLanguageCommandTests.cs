using System.Text.Json;

namespace Review.Cli.Tests.Commands;

/// <summary>
/// The real binary on real Chinese gettext pairs (the committed labelled set): <c>--lang en-ko</c> is
/// refused rather than checking Chinese as Korean, and a file that says nothing gets en-zh.
/// </summary>
public sealed class ImportLanguageCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Lang_en_ko_on_chinese_text_is_refused_with_one_line_and_no_database_rows()
    {
        var file = ChineseFile();
        var db = _folder.File("zh.db");

        var run = ReviewBinary.Run("import", file, "--db", db, "--lang", "en-ko");

        Assert.Equal(1, run.Exit);
        Assert.StartsWith($"review: {file}: --lang en-ko says the targets are ko (Hangul), but the first 60 targets are written in Han (Chinese) script; pass --lang en-zh", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        var stats = ReviewBinary.Run("stats", "--db", db, "--json");
        Assert.DoesNotContain("\"source_lang\"", stats.Output);
    }

    [Fact]
    public void Chinese_text_without_lang_is_imported_as_en_zh_and_says_so()
    {
        var run = ReviewBinary.Run("import", ChineseFile(), "--db", _folder.File("zh.db"));

        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.Contains("languages en-zh\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains("languages en-zh taken from the targets' script (Han (Chinese)), as the file does not say them", run.Output);
    }

    /// <summary>The first 60 Chinese pairs of the labelled gettext set as source/target JSONL.</summary>
    private string ChineseFile()
    {
        var set = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../tests/Review.Core.Tests/Checks/Gettext/gettext-pairs.jsonl"));
        var lines = File.ReadLines(set)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("lang").GetString() == "zh")
            .Take(60)
            .Select((r, i) => JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = $"zh-{i}",
                ["source"] = r.GetProperty("source").GetString()!,
                ["target"] = r.GetProperty("target").GetString()!,
            }));
        return _folder.Write("zh.jsonl", string.Join("\n", lines) + "\n");
    }
}
