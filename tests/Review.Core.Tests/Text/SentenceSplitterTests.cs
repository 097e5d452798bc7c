using Review.Core.Text;

namespace Review.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("하나다. 둘이다! 셋?", new[] { "하나다. ", "둘이다! ", "셋?" })]
    [InlineData("값은 3.5이다. 끝", new[] { "값은 3.5이다. ", "끝" })]
    [InlineData("一句。二句！三句", new[] { "一句。", "二句！", "三句" })]
    [InlineData("첫 줄\n둘째 줄\r\n셋째", new[] { "첫 줄\n", "둘째 줄\r\n", "셋째" })]
    [InlineData("마침표 없음", new[] { "마침표 없음" })]
    public void Cuts_after_sentence_ends_and_line_breaks(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)));
}
