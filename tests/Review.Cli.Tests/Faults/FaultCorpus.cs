using InProcess = Review.Cli.Tests.Commands.Cli;
using System.Text;
using System.Text.Json;
using Review.Cli.Tests.Commands;
using Review.Core.Pairs;
using Review.Core.Ports;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Faults;

/// <summary>Input files and databases for the fault tests, and the checks every fault test makes of a failed run.</summary>
internal static class FaultCorpus
{
    /// <summary>A JSONL file of <paramref name="count"/> English-Korean pairs, ids starting at <paramref name="first"/>.</summary>
    public static string Jsonl(string path, int count, int first = 1, int padding = 0)
    {
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var filler = new string('x', padding);
        var lines = Enumerable.Range(first, count).Select(i => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = $"fault-{i:000000}",
            ["source"] = $"Sentence number {i} is about faults.{filler}",
            ["target"] = $"문장 {i}번은 오류에 관한 것이다.",
        }, options));
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A database of <paramref name="count"/> pairs with every other one accepted by "minji" (unless <paramref name="decided"/> is false).</summary>
    public static string Database(string path, int count, bool decided = true)
    {
        var input = Jsonl(path + ".input.jsonl", count);
        var run = InProcess.Run("import", input, "--db", path, "--no-checks");
        Assert.True(run.Exit == 0, run.Error);
        using var store = ReviewStore.Open(path);
        for (var i = 2; decided && i <= count; i += 2)
        {
            store.Decide(new PairId(i), DecisionKind.Accept, null, "minji");
        }
        File.Delete(input);
        return path;
    }

    /// <summary>A failure as the issue asks for it: exit 1, one line on stderr naming the problem, no trace.</summary>
    public static void FailsWithOneLine(CliRun run, params string[] expected)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(run.Exit == 1, $"exit {run.Exit}; stderr: {run.Error}");
        Assert.True(lines.Length == 1, "expected one line on stderr, got:\n" + run.Error);
        Assert.StartsWith("review: ", lines[0]);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
        foreach (var text in expected)
        {
            Assert.Contains(text, lines[0]);
        }
    }

    /// <remarks>
    /// The export's temp files (<c>.NAME.PID-GUID.review-tmp</c>), not the access probe that opening a
    /// database creates and deletes at once: a test waiting for a temp file must not take the probe for it.
    /// </remarks>
    public static IReadOnlyList<string> Leftovers(string folder) =>
        Directory.GetFiles(folder, ".*.review-*").Select(Path.GetFileName).ToList()!;

    /// <summary>Pairs by status, from <c>review stats --json</c> of the real binary.</summary>
    public static (long Pairs, long Accepted) Counts(string database)
    {
        var run = ReviewBinary.Run("stats", "--db", database, "--json");
        Assert.True(run.Exit == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return (json.RootElement.GetProperty("pairs").GetInt64(), json.RootElement.GetProperty("by_status").GetProperty("accepted").GetInt64());
    }
}
