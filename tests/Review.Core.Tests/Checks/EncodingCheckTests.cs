using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class EncodingCheckTests
{
    [Theory]
    [InlineData("We train models.", "우리는 모델을 학습한다.", "ko", false)]
    [InlineData("We train models.", "我们训练模型。", "zh", false)]
    [InlineData("We train models.", "モデルを訓練する。", "ja", false)]
    [InlineData("a café in Zürich", "취리히의 café", "ko", false)]
    [InlineData("the word สวัสดี means hello", "'สวัสดี'는 안녕이라는 뜻이다", "ko", false)]
    [InlineData("Say สวัสดีครับ to greet.", "인사할 때 'สวัสดีครับ'이라고 말한다.", "ko", false)]
    [InlineData("We train models.", "우리는 모델을 학\uFFFD한다.", "ko", true)]
    [InlineData("We train models.", "ì¸í„°ë„·ì˜ í™•ì‚°ìœ¼ë¡œ", "ko", true)]
    [InlineData("We train models.", "์ธํ„ฐ๋„ท์˜ ํ™•์‚ฐ์œผ๋กœ ์ธํ•ด", "ko", true)]
    [InlineData("the model’s output", "모델ì„ 출력", "ko", true)]
    [InlineData("We train models.", "我们训练模型ไทย。", "zh", true)]
    [InlineData("We train models.", "Мodel 学習", "ja", true)]
    [InlineData("The modelโ€™s ability", "모델의 능력", "ko", true)]
    public void Reports_replacement_characters_and_mojibake(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new EncodingCheck(), source, target, lang);

    [Fact]
    public void Points_at_each_replacement_character()
    {
        var target = "우리는 \uFFFD델을 학\uFFFD한다.";
        var finding = Assert.Single(CheckRun.Of(new EncodingCheck(), "We train models.", target));
        Assert.Equal([new TextSpan(4, 1), new TextSpan(9, 1)], finding.TargetSpans);
        Assert.Equal("target contains 2 U+FFFD replacement characters: bytes were lost", finding.Message);
    }
}
