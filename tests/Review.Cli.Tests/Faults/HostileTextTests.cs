using InProcess = Review.Cli.Tests.Commands.Cli;

namespace Review.Cli.Tests.Faults;

/// <summary>
/// Text from a data file reaches stdout and stderr only through the sanitizer: C1 controls and bidi
/// overrides in a TMX language, an id, an annotator or a file name come out as visible escapes.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    // CSI (a C1 control, legal in XML 1.0) and RIGHT-TO-LEFT OVERRIDE.
    private const string Hostile = "\u009b31m\u202e";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_TMX_language_with_controls_and_bidi_is_escaped_in_the_import_summary_and_in_stats()
    {
        var tmx = _temp.Write($"hostile{Hostile}.tmx", $"""
            <tmx version="1.4"><header srclang="en&#x9b;31m&#x202e;"/><body>
            <tu tuid="id&#x9b;1"><tuv xml:lang="en&#x9b;31m&#x202e;"><seg>Hello.</seg></tuv><tuv xml:lang="ko&#x9b;31m&#x202e;"><seg>안녕.</seg></tuv></tu>
            </body></tmx>
            """);
        var db = _temp.File("review.db");

        var import = InProcess.Run("import", tmx, "--db", db, "--format", "tmx");
        var stats = InProcess.Run("stats", "--db", db);

        Assert.True(import.Exit == 0, import.Error);
        Assert.True(stats.Exit == 0, stats.Error);
        foreach (var printed in new[] { import.Output, import.Error, stats.Output, stats.Error })
        {
            Assert.DoesNotContain('\u009b', printed);
            Assert.DoesNotContain('\u202e', printed);
        }
        Assert.Contains("\\x9b31m\\u202e", import.Output);
        Assert.Contains("\\x9b31m\\u202e", stats.Output);
    }

    [Fact]
    public void A_hostile_file_name_in_an_error_is_escaped()
    {
        var missing = _temp.File($"missing{Hostile}.jsonl");

        var run = InProcess.Run("import", missing, "--db", _temp.File("review.db"));

        Assert.Equal(1, run.Exit);
        Assert.DoesNotContain('\u009b', run.Error);
        Assert.DoesNotContain('\u202e', run.Error);
        Assert.Contains("\\x9b31m\\u202e", run.Error);
    }
}
