using Review.Core.Text;

namespace Review.Core.Tests.Text;

public sealed class SplitCutsTests
{
    [Fact]
    public void A_cut_starts_on_a_sentence_boundary_and_moves_by_words_either_way()
    {
        const string Text = "The cat sat. The dog barked loudly.";

        Assert.Equal("The cat sat. ".Length, SplitCuts.After(Text, 1, 0));
        Assert.Equal("The cat sat. The dog ".Length, SplitCuts.After(Text, 1, 2));
        Assert.Equal("The cat ".Length, SplitCuts.After(Text, 1, -1));
        Assert.Equal(0, SplitCuts.After(Text, 1, -3));
        Assert.Equal(Text.Length, SplitCuts.After(Text, 1, 4));
        Assert.Null(SplitCuts.After(Text, 1, 5));
        Assert.Null(SplitCuts.After(Text, 1, -4));
        Assert.Null(SplitCuts.After(Text, 3, 0));
    }

    [Fact]
    public void Korean_moves_by_spaced_words_and_Chinese_by_characters()
    {
        Assert.Equal([0, "고양이가 ".Length, "고양이가 앉았다. ".Length, "고양이가 앉았다. 개가".Length + 1, "고양이가 앉았다. 개가 짖었다.".Length],
            SplitCuts.WordStarts("고양이가 앉았다. 개가 짖었다."));
        Assert.Equal("猫坐着。狗".Length, SplitCuts.After("猫坐着。狗叫了。", 1, 1));
        Assert.Equal("猫坐".Length, SplitCuts.After("猫坐着。狗叫了。", 1, -2));
        Assert.Equal([0, 2, 5, 6, 7], SplitCuts.WordStarts("用 GPU训练"));
    }
}
