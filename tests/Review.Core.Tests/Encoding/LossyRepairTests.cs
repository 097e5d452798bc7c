using Review.Core.Encodings;

namespace Review.Core.Tests.Encodings;

public sealed class LossyRepairTests
{
    private static readonly GarbleScheme Thai = new(CodePage.Windows874);

    [Fact]
    public void A_lost_continuation_byte_is_guessed_with_ranked_alternatives()
    {
        // 이 is EC 9D B4: the 0x9D is dropped, leaving the lead and the last byte.
        var result = Mojibake.Repair(SeedGarbling.Garble("그것이 좋다.", CodePage.Windows874), Thai);

        Assert.Equal("그것이 좋다.", result.Text);
        var guess = Assert.Single(result.Guesses);
        Assert.Equal((2, 1, "이"), (guess.Offset, guess.Length, guess.Chosen));
        Assert.NotEmpty(guess.Alternatives);
        Assert.All(guess.Alternatives, a => Assert.InRange(a[0], '\uAC00', '\uD7A3'));
    }

    [Fact]
    public void Both_continuation_bytes_lost_are_guessed_together()
    {
        // 폐 is ED 8F 90: both continuation bytes are dropped, only the lead survives.
        var clean = "폐쇄 소스 모델";
        var result = Mojibake.Repair(SeedGarbling.Garble(clean, CodePage.Windows874), Thai);

        Assert.Equal(clean, result.Text);
        Assert.Contains(result.Guesses, g => g.Chosen == "폐" && g.Alternatives.Count > 3);
    }

    [Fact]
    public void A_rare_syllable_that_lost_two_bytes_is_among_the_ranked_candidates()
    {
        // 큐 is ED 81 90; the documentation the model was built from prefers 흐, so 큐 must at least be offered.
        var result = Mojibake.Repair(SeedGarbling.Garble("데이터 큐레이팅", CodePage.Windows874), Thai);

        var guess = Assert.Single(result.Guesses, g => g.Offset == 4);
        Assert.Contains("큐", guess.Alternatives.Prepend(guess.Chosen).Take(3));
    }

    [Fact]
    public void A_lost_byte_next_to_ASCII_is_still_restored()
    {
        var clean = "LLM이 2024년에 도입되었다";
        var result = Mojibake.Repair(SeedGarbling.Garble(clean, CodePage.Windows874), Thai);

        Assert.Equal(clean, result.Text);
        Assert.Contains(result.Guesses, g => g.Chosen == "이" && g.Offset == 3);
    }

    [Fact]
    public void A_lost_lead_byte_is_enumerated_from_the_dropped_leads()
    {
        var page = CodePage.Windows874;
        var clean = "\u06C0";
        Assert.Equal(1, SeedGarbling.Garble(clean, page).Length);

        var candidates = CandidateEnumerator.For([0x80], page.DroppedBytes);

        Assert.Contains(new System.Text.Rune(0x06C0), candidates);
    }

    [Fact]
    public void Guesses_are_listed_as_encoding_findings_with_spans()
    {
        var result = Mojibake.Repair(SeedGarbling.Garble("데이터를 수집한다.", CodePage.Windows874), Thai);

        var finding = Assert.Single(EncodingFindings.For(result));

        Assert.Equal("encoding", finding.CheckId);
        Assert.Equal([new TextSpan(0, 1), new TextSpan(1, 1)], finding.TargetSpans);
    }

    [Fact]
    public void Guesses_survive_the_stored_json()
    {
        var result = Mojibake.Repair(SeedGarbling.Garble("데이터 큐레이팅", CodePage.Windows874), Thai);

        var json = RepairJson.Serialize(result);
        var parsed = RepairJson.ParseGuesses(json);

        Assert.Contains("\"encoding\":\"UTF-8-as-Windows-874\"", json);
        Assert.Equal(result.Guesses.Select(g => (g.Offset, g.Chosen)), parsed.Select(g => (g.Offset, g.Chosen)));
        Assert.Equal(result.Guesses.Select(g => g.Alternatives.Count), parsed.Select(g => g.Alternatives.Count));
    }

    [Fact]
    public void The_summary_line_counts_rows_and_guesses()
    {
        var summary = new RepairSummary("arxiv-translator", Thai);
        summary.Add(Mojibake.Repair(SeedGarbling.Garble("그것이 좋다.", CodePage.Windows874), Thai));
        summary.Add(Mojibake.Repair("plain", Thai));

        Assert.Equal("arxiv-translator: 1 of 2 rows repaired from UTF-8-as-Windows-874; 1 characters guessed", summary.ToString());
    }
}
