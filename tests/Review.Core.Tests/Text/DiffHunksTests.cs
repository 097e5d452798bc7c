using Review.Core.Text;

namespace Review.Core.Tests.Text;

public sealed class DiffHunksTests
{
    private static readonly TextDiff Diff = new();

    [Fact]
    public void Hunks_are_the_runs_of_changes_between_equal_text()
    {
        var diff = Diff.Compute("고양이 매트 위에 앉았다.", "고양이가 매트 위에 앉는다.", DiffGranularity.Character);

        var hunks = DiffHunks.Of(diff);

        Assert.Equal(2, hunks.Count);
        Assert.Equal([1, 2], hunks.Select(h => h.Number));
    }

    [Theory]
    [InlineData(new int[0], "고양이 매트 위에 앉았다.")]
    [InlineData(new[] { 1 }, "고양이가 매트 위에 앉았다.")]
    [InlineData(new[] { 2 }, "고양이 매트 위에 앉는다.")]
    [InlineData(new[] { 1, 2 }, "고양이가 매트 위에 앉는다.")]
    public void Applying_taken_hunks_gives_the_text_between_the_two(int[] taken, string expected)
    {
        var diff = Diff.Compute("고양이 매트 위에 앉았다.", "고양이가 매트 위에 앉는다.", DiffGranularity.Character);

        Assert.Equal(expected, DiffHunks.Apply(diff, taken.ToHashSet()));
    }

    [Fact]
    public void A_hunk_never_splits_a_grapheme()
    {
        // An emoji with a skin tone and a Hangul syllable written as jamo are one grapheme each.
        var diff = Diff.Compute("like 👍🏻 and 한", "like 👍🏿 and 한", DiffGranularity.Character);

        var hunk = Assert.Single(DiffHunks.Of(diff));

        var changed = diff.Segments.Skip(hunk.First).Take(hunk.Last - hunk.First + 1).ToList();
        Assert.Equal(["👍🏻", "👍🏿"], changed.Select(s => s.Text));
    }

    [Fact]
    public void In_word_mode_a_hunk_never_splits_a_word()
    {
        var diff = Diff.Compute("the quick brown fox", "the quack brown fix", DiffGranularity.Word);

        var texts = DiffHunks.Of(diff).Select(h => string.Concat(diff.Segments.Skip(h.First).Take(h.Last - h.First + 1).Select(s => s.Text))).ToList();

        Assert.Equal(["quickquack", "foxfix"], texts);
    }

    [Fact]
    public void The_record_lists_the_taken_hunks_and_the_count()
    {
        Assert.Equal("1,3/4", DiffHunks.Describe([3, 1], 4));
        Assert.Equal("/2", DiffHunks.Describe([], 2));
    }
}
