using Review.Core.Encodings;

namespace Review.Core.Tests.Encodings;

public sealed class TruncationTests
{
    private static readonly GarbleScheme Thai = new(CodePage.Windows874);

    [Fact]
    public void A_replacement_character_tail_is_reported_as_truncation_and_not_invented()
    {
        // "세트를 " then the lead byte of the next syllable, cut: the viewer shows the rest as U+FFFD.
        var garbled = SeedGarbling.Garble("세트를 ", CodePage.Windows874) + "\u0E4B\uFFFD";

        var result = Mojibake.Repair(garbled, Thai);

        Assert.True(result.Truncated);
        Assert.Equal("세트를 \uFFFD", result.Text);
        Assert.Empty(result.Guesses);
    }

    [Fact]
    public void A_lone_lead_at_the_end_that_no_dropped_byte_completes_is_a_cut()
    {
        // Latin-1 drops nothing, so "Ã" (C3) with no continuation at the end can only be a cut ö.
        var garbled = SeedGarbling.Garble("Größe", CodePage.Latin1)[..3];

        var result = Mojibake.Repair(garbled, new GarbleScheme(CodePage.Latin1));

        Assert.True(result.Truncated);
        Assert.Equal("Gr\uFFFD", result.Text);
    }

    [Fact]
    public void Truncation_is_an_encoding_finding_on_the_last_character()
    {
        var result = Mojibake.Repair(SeedGarbling.Garble("세트를 ", CodePage.Windows874) + "\u0E4B\uFFFD", Thai);

        var finding = Assert.Single(EncodingFindings.For(result));

        Assert.Contains("cut", finding.Message);
        Assert.Equal([new TextSpan(result.Text.Length - 1, 1)], finding.TargetSpans);
    }

    [Fact]
    public void Plain_text_ending_in_a_replacement_character_is_flagged_as_cut()
    {
        var result = Mojibake.DetectAndRepair("깨진 텍스트\uFFFD");

        Assert.True(result.Truncated);
        Assert.Equal("깨진 텍스트\uFFFD", result.Text);
    }
}
