using System.Text.Json;
using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

/// <summary>
/// Precision and recall per check on the held-out part of the labelled set built from the sample
/// corpus (Labelled/make_labelled.py). The checks were tuned on the other part only.
/// </summary>
public class LabelledSetTests(ITestOutputHelper output)
{
    private const double Target = 0.9;

    [Fact]
    public void Every_check_reaches_the_target_on_the_held_out_part()
    {
        var scores = Score("holdout");
        foreach (var (id, score) in scores)
        {
            output.WriteLine($"{id,-14} tp={score.TruePositives,3} fp={score.FalsePositives,3} fn={score.FalseNegatives,3} precision={score.Precision:0.00} recall={score.Recall:0.00}");
        }

        Assert.All(ProseChecks, id => Assert.True(scores[id].TruePositives > 0, $"{id} has no positive case in the held-out part"));
        var below = scores.Where(s => s.Value.Precision < Target || s.Value.Recall < Target).Select(s => s.Key).ToList();
        Assert.True(below.Count == 0, $"below {Target}: {string.Join(", ", below)}");
    }

    [Fact]
    public void Held_out_part_is_disjoint_from_the_tuning_part()
    {
        var entries = Entries().ToList();
        var tuning = entries.Where(e => e.Split == "tune").Select(e => (e.Source, e.Target)).ToHashSet();
        var heldOut = entries.Where(e => e.Split == "holdout").ToList();
        Assert.NotEmpty(heldOut);
        Assert.Equal(0, heldOut.Count(e => tuning.Contains((e.Source, e.Target))));
    }

    /// <summary>The checks this prose set exercises; placeholders, accelerators and end punctuation
    /// are software strings' business and are scored on the gettext set (GettextSetTests).</summary>
    private static readonly string[] ProseChecks = [.. CheckCatalog.Ids.Except([PlaceholderCheck.CheckId, AcceleratorCheck.CheckId, EndPunctuationCheck.CheckId])];

    private static Dictionary<string, Score> Score(string split)
    {
        var runner = CheckCatalog.Create();
        var scores = CheckCatalog.Ids.ToDictionary(id => id, _ => new Score());
        foreach (var entry in Entries().Where(e => e.Split == split))
        {
            var found = runner.Run(entry.Source, entry.Target, "en", "ko").Findings.Select(f => f.CheckId).ToHashSet();
            foreach (var id in CheckCatalog.Ids)
            {
                scores[id].Add(entry.Expected.Contains(id), found.Contains(id));
            }
        }

        return scores;
    }

    private static IEnumerable<LabelledPair> Entries()
    {
        foreach (var line in File.ReadLines(LabelledFile()))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            yield return new LabelledPair(
                root.GetProperty("source").GetString()!,
                root.GetProperty("target").GetString()!,
                root.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).ToHashSet(),
                root.GetProperty("split").GetString()!);
        }
    }

    private static string LabelledFile()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Review.Core.Tests", "Checks", "Labelled", "labelled.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            folder = folder.Parent;
        }

        throw new FileNotFoundException("labelled.jsonl not found above " + AppContext.BaseDirectory);
    }

    private sealed record LabelledPair(string Source, string Target, HashSet<string> Expected, string Split);
}
