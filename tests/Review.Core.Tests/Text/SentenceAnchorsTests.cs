using Review.Core.Align;
using Review.Core.Text;

namespace Review.Core.Tests.Text;

public sealed class SentenceAnchorsTests
{
    [Fact]
    public void Anchors_are_the_unique_shared_sentences_in_agreeing_order()
    {
        const string oldText = "가. 나. 다. 라. 마. 마. ";
        const string newText = "다. 가. 나. 새. 라. 마. 마. ";
        var anchors = SentenceAnchors.Find(oldText, SentenceSplitter.Split(oldText), newText, SentenceSplitter.Split(newText));
        // 다 moved before 가 and cannot be kept with them; 마 occurs twice and anchors nothing.
        Assert.Equal([(0, 1), (1, 2), (3, 4)], anchors);
    }

    [Fact]
    public void Unrelated_texts_have_no_anchors() =>
        Assert.Empty(SentenceAnchors.Find("가. 나. ", SentenceSplitter.Split("가. 나. "), "다. 라. ", SentenceSplitter.Split("다. 라. ")));
}
