
namespace Review.Text.Tests;

public class GraphemesTests
{
    [Theory]
    [InlineData("abc", 1, 1, 1, 1)]
    [InlineData("e\u0301x", 0, 1, 0, 2)]
    [InlineData("e\u0301x", 1, 1, 0, 2)]
    [InlineData("a👨‍👩‍👧b", 2, 1, 1, 8)]
    [InlineData("한국어", 1, 1, 1, 1)]
    public void Spans_widen_to_whole_graphemes(string text, int start, int length, int expectedStart, int expectedLength) =>
        Assert.Equal(new TextSpan(expectedStart, expectedLength), Graphemes.Snap(text, start, length));
}
