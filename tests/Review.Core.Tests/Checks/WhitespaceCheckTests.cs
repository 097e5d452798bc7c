using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class WhitespaceCheckTests
{
    [Theory]
    [InlineData("We train models.", "우리는 모델을 학습한다.", "ko", false)]
    [InlineData("We train models.", "我们训练模型。", "zh", false)]
    [InlineData("We train models.", "モデルを訓練する。", "ja", false)]
    [InlineData("  indented", "  들여쓰기", "ko", false)]
    [InlineData("a\u3000b", "甲\u3000乙", "ja", false)]
    [InlineData("the value \\(a  b\\).", "값 \\(a  b\\).", "ko", false)]
    [InlineData("We train models.", "์ธํ„ฐ๋„ท\u00A0์˜ ํ™•์‚ฐ", "ko", false)]
    [InlineData("We train models.", "우리는  모델을 학습한다.", "ko", true)]
    [InlineData("We train models.", "우리는 모델을 학습한다 .", "ko", true)]
    [InlineData("We train models.", "我们训练模型 。", "zh", true)]
    [InlineData("We train models.", "モデルを訓練する。 ", "ja", true)]
    [InlineData("We train models.", " 우리는 모델을 학습한다.", "ko", true)]
    [InlineData("We train models.", "우리는\u00A0모델을 학습한다.", "ko", true)]
    public void Reports_whitespace_problems(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new WhitespaceCheck(), source, target, lang);

    [Theory]
    [InlineData("우리는  모델을   학습한다.", "우리는 모델을 학습한다.")]
    [InlineData("우리는 모델을 학습한다 .", "우리는 모델을 학습한다.")]
    [InlineData("우리는\u00A0모델을 학습한다.", "우리는 모델을 학습한다.")]
    [InlineData(" 우리는 모델을 학습한다.  ", "우리는 모델을 학습한다.")]
    public void Fix_normalises_the_target(string target, string fixedTarget)
    {
        var result = CheckCatalog.Create().Run("We train models.", target, "en", "ko");
        Assert.All(result.Findings, f => Assert.Equal(WhitespaceCheck.CheckId, f.CheckId));
        Assert.Equal(fixedTarget, result.SuggestedTarget);
    }
}
