using System.Text.Json;
using Review.Core.Align;
using Review.Core.Text;

namespace Review.Core.Tests.Align;

/// <summary>
/// The splitter and the aligner on the 20 readable paragraph pairs of the sample corpus
/// (data/demo-ko.jsonl), against a sentence alignment checked by hand (Data/demo-ko-gold.jsonl).
/// </summary>
public sealed class SampleGoldTests(ITestOutputHelper output)
{
    private static readonly List<GoldParagraph> Gold = GoldParagraph.Read("demo-ko-gold.jsonl").ToList();
    private static readonly Dictionary<string, (string Source, string Target)> Demo = ReadDemo();

    [Fact]
    public void The_gold_covers_twenty_paragraphs_of_the_sample()
    {
        Assert.True(Gold.Count >= 20);
        Assert.All(Gold, g => Assert.True(Demo.ContainsKey(g.Id), g.Id));
    }

    [Fact]
    public void The_splitter_finds_the_gold_sentences()
    {
        foreach (var gold in Gold)
        {
            var (source, target) = Demo[gold.Id];
            Assert.Equal(gold.Source, Sentences(source));
            Assert.Equal(gold.Target, Sentences(target));
        }
    }

    [Fact]
    public void The_aligner_finds_the_gold_links()
    {
        var aligner = ParagraphAligner.Tune(Demo.Values, "en", "ko");
        var score = new LinkScore();
        foreach (var gold in Gold)
        {
            var (source, target) = Demo[gold.Id];
            var groups = aligner.Align(gold.Id, source, target);
            score.Add(gold, groups.Select(g => new AlignmentLink(
                (g.SourceSentences.Count > 0 ? g.SourceSentences[0] : 0), g.SourceSentences.Count, (g.TargetSentences.Count > 0 ? g.TargetSentences[0] : 0), g.TargetSentences.Count, g.Confidence)));
        }
        output.WriteLine(score.ToString());
        // Measured: 45 of 47 links, all four 1-0 (main had 46 of 47; see docs/align.md).
        Assert.True(score.F1 >= 0.95, score.ToString());
        Assert.Equal(1.0, score.RecallOf("1-0"));
    }

    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length).TrimEnd()).ToList();

    private static Dictionary<string, (string Source, string Target)> ReadDemo()
    {
        var path = GoldParagraph.DataFile("demo-ko-gold.jsonl");
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", ".."));
        return File.ReadLines(Path.Combine(root, "data", "demo-ko.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => (r.GetProperty("source").GetString()!, r.GetProperty("target").GetString()!));
    }
}
