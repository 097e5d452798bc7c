using System.Text.Json;
using Review.Core.Encodings;

namespace Review.Core.Tests.Encodings;

public sealed class SampleCorpusTests
{
    private static List<string> Column() =>
        File.ReadLines(RepoFiles.SampleCorpus)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("arxiv-translator").GetString()!)
            .ToList();

    [Fact]
    public void The_sample_column_is_detected_as_UTF8_read_as_Windows_874()
    {
        var detection = Mojibake.DetectColumn(Column(), sampleSize: 100);

        Assert.Equal(new GarbleScheme(CodePage.Windows874), detection.Scheme);
        Assert.Equal(100, detection.Sampled);
        Assert.Equal(100, detection.Agreeing);
        Assert.True(detection.Confidence >= 0.95, $"confidence {detection.Confidence}");
    }

    [Fact]
    public void Every_row_is_repaired_into_Korean_without_Thai_left()
    {
        var column = Column();
        var repairer = new MojibakeRepairer(new GarbleScheme(CodePage.Windows874));
        var results = column.Select(repairer.Repair).ToList();

        Assert.All(results, r => Assert.True(r.Changed));
        Assert.All(results, r => Assert.DoesNotContain(r.Text, c => c is >= '\u0E00' and <= '\u0E7F'));
        Assert.All(results, r => Assert.Equal(0, r.Unrepaired));
        Assert.Contains("인터넷의 확산으로 인해", results[0].Text);
        Assert.StartsWith(@"\(\bullet\)_Webpages._ 인터넷의", results[0].Text);
        Assert.EndsWith("처리하는 것이 중요하다.", results[0].Text);
    }

    [Fact]
    public void Every_lost_byte_in_the_sample_becomes_a_marked_guess()
    {
        var repairer = new MojibakeRepairer(new GarbleScheme(CodePage.Windows874));
        var results = Column().Select(repairer.Repair).ToList();

        Assert.Equal(3417 + 6, results.Sum(r => r.Guesses.Count));
        Assert.DoesNotContain(results, r => r.Truncated);
        foreach (var result in results)
        {
            Assert.All(result.Guesses, g => Assert.Equal(g.Chosen, result.Text.Substring(g.Offset, g.Length)));
            Assert.All(result.Guesses, g => Assert.DoesNotContain(g.Chosen, g.Alternatives));
        }
    }

    [Fact]
    public void Rows_whose_last_syllable_lost_a_byte_are_guessed_not_cut()
    {
        var column = Column();

        var row9 = Mojibake.Repair(column[8], new GarbleScheme(CodePage.Windows874));

        Assert.False(row9.Truncated);
        Assert.EndsWith("기여도", row9.Text);
    }
}
