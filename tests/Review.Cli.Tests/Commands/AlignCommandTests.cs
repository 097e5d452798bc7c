using System.Text.Json;

namespace Review.Cli.Tests.Commands;

public sealed class AlignCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Aligns_the_sample_into_sentence_groups_that_cover_every_sentence()
    {
        var outPath = _folder.File("aligned.jsonl");
        var run = Cli.Run("align", Sample.Corpus, "--out", outPath);
        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.StartsWith("read 100 paragraph pairs, wrote ", run.Output);
        Assert.Contains("repaired from UTF-8-as-Windows-874", run.Output);

        var groups = File.ReadAllLines(outPath).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(groups.Count > 200, $"{groups.Count} groups");
        foreach (var parent in groups.GroupBy(g => g.GetProperty("parent").GetString()))
        {
            var list = parent.ToList();
            Assert.Equal(Enumerable.Range(1, list.Count).Select(n => $"{parent.Key}#{n}"), list.Select(g => g.GetProperty("id").GetString()));
            var sources = list.SelectMany(g => g.GetProperty("source_sentences").EnumerateArray().Select(e => e.GetInt32())).ToList();
            Assert.Equal(Enumerable.Range(0, sources.Count), sources);
            Assert.All(list, g => Assert.InRange(g.GetProperty("confidence").GetDouble(), 0, 1));
        }
        var first = groups.First(g => g.GetProperty("id").GetString() == "arxiv-ko-0001#3");
        // The repaired target, cut at its sentence ends (the repair guesses a few syllables, so only the frame is asserted).
        Assert.StartsWith("이러한 데이터 자원의 편리한 사용을 위해 CommonCrawl[163]과 같이", first.GetProperty("target").GetString());
        Assert.EndsWith("한다.", first.GetProperty("target").GetString());
        Assert.Equal("For convenient use of these data resources, a large amount of data is crawled from the web in previous work, such as CommonCrawl [163].", first.GetProperty("source").GetString());
    }

    [Fact]
    public void An_existing_output_needs_force_and_a_bad_input_leaves_nothing()
    {
        var outPath = _folder.Write("aligned.jsonl", "old");
        var refused = Cli.Run("align", Sample.Corpus, "--out", outPath);
        Assert.Equal((1, $"review: {outPath} already exists; pass --force to replace it\n"), (refused.Exit, refused.Error.ReplaceLineEndings("\n")));
        Assert.Equal("old", File.ReadAllText(outPath));

        var broken = _folder.Write("broken.jsonl", "{\"source\": \"One.\", \"target\": \"하나.\"}\n{not json\n");
        var failed = Cli.Run("align", broken, "--out", _folder.File("never.jsonl"));
        Assert.Equal(1, failed.Exit);
        Assert.StartsWith($"review: {broken}", failed.Error);
        Assert.Single(failed.Error.Trim().Split('\n'));
        Assert.False(File.Exists(_folder.File("never.jsonl")));
        Assert.Empty(Directory.GetFiles(_folder.Path, ".never.jsonl*"));
    }

    [Fact]
    public void Import_advises_align_sentences_when_sentence_counts_differ()
    {
        var run = Cli.Run("import", Sample.Corpus, "--db", _folder.File("p.db"), "--no-checks");
        Assert.Equal(0, run.Exit);
        Assert.Matches(@"\n\d+ pairs have different sentence counts in source and target; to review them sentence by sentence, import with --align sentences\n", run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Import_align_sentences_stores_the_aligned_groups_with_alignment_findings()
    {
        var db = _folder.File("s.db");
        var run = Cli.Run("import", Sample.Corpus, "--db", db, "--align", "sentences");
        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.Contains("aligned sentences: ", run.Output);

        Cli.Run("align", Sample.Corpus, "--out", _folder.File("aligned.jsonl"));
        var aligned = File.ReadAllLines(_folder.File("aligned.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains($"read {aligned.Count}, imported {aligned.Count}, skipped 0", run.Output);

        Cli.Run("export", "--db", db, "--out", _folder.File("out.jsonl"));
        var exported = File.ReadAllLines(_folder.File("out.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(aligned.Select(a => a.GetProperty("id").GetString()), exported.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(aligned.Select(a => a.GetProperty("target").GetString()), exported.Select(e => e.GetProperty("target").GetString()));

        var stats = Cli.Run("stats", "--db", db, "--json");
        var flagged = aligned.Count(a => a.TryGetProperty("finding", out _));
        Assert.True(flagged > 0);
        Assert.Equal(flagged, JsonDocument.Parse(stats.Output).RootElement.GetProperty("findings_by_check").GetProperty("alignment").GetInt32());
    }
}
