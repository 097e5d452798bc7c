using Review.Core.Agreement;

namespace Review.Core.Tests.Agreement;

public sealed class EditSimilarityTests
{
    [Fact]
    public void Kitten_to_sitting_is_three_edits_over_seven()
    {
        Assert.Equal(1 - (3.0 / 7), EditSimilarity.Of("kitten", "sitting")!.Value, 12);
    }

    [Fact]
    public void A_hangul_syllable_and_an_emoji_flag_count_as_one_character_each()
    {
        // 안녕하세요 vs 안녕하세여: one syllable of five differs (as graphemes, not jamo or UTF-16 units).
        Assert.Equal(0.8, EditSimilarity.Of("안녕하세요", "안녕하세여")!.Value, 12);
        // A flag is two code points (four UTF-16 units) and one grapheme: one substitution of two.
        Assert.Equal(0.5, EditSimilarity.Of("a🇰🇷", "a🇨🇳")!.Value, 12);
    }

    [Fact]
    public void Identical_texts_are_1_and_disjoint_texts_0()
    {
        Assert.Equal(1.0, EditSimilarity.Of("같다", "같다"));
        Assert.Equal(0.0, EditSimilarity.Of("abc", "xyz"));
        Assert.Equal(0.0, EditSimilarity.Of("", "xyz"));
    }

    [Fact]
    public void Texts_past_the_budget_are_not_compared()
    {
        var long1 = new string('a', 6000);
        var long2 = new string('b', 6000);

        Assert.Null(EditSimilarity.Of(long1, long2));
    }
}
