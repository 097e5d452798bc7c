using System.Text.Json;

namespace Review.Cli.Tests.Commands;

public sealed class StatsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Json_has_pairs_by_status_by_annotator_and_imports()
    {
        Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"));
        var run = Cli.Run("stats", "--db", _folder.File("x.db"), "--json");
        Assert.Equal((0, ""), (run.Exit, run.Error));
        var stats = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(100, stats.GetProperty("pairs").GetInt64());
        Assert.Equal(100, stats.GetProperty("by_status").GetProperty("pending").GetInt64());
        Assert.Equal(0, stats.GetProperty("by_status").GetProperty("accepted").GetInt64());
        Assert.Equal(JsonValueKind.Object, stats.GetProperty("by_annotator").ValueKind);
        var import = stats.GetProperty("imports").EnumerateArray().Single();
        Assert.Equal((Sample.Corpus, "jsonl", 100L), (import.GetProperty("file").GetString(), import.GetProperty("format").GetString(), import.GetProperty("pairs").GetInt64()));
    }

    [Fact]
    public void Without_a_terminal_it_prints_plain_lines()
    {
        Cli.Run("import", Sample.Corpus, "--db", _folder.File("x.db"));
        var run = Cli.Run("stats", "--db", _folder.File("x.db"));
        Assert.Equal(0, run.Exit);
        Assert.StartsWith("pairs: 100\n  pending   100\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains("imports: 1", run.Output);
        Assert.False(run.Output.Contains('\u001b'), "no escape sequences without a terminal");
    }

    [Fact]
    public void A_missing_database_is_an_error()
    {
        var run = Cli.Run("stats", "--db", _folder.File("none.db"));
        Assert.Equal(1, run.Exit);
        Assert.StartsWith("review: ", run.Error);
    }
}
