using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class ControlCheckTests
{
    [Theory]
    [InlineData("We train models.", "우리는 모델을 학습한다.", "ko", false)]
    [InlineData("line one\nline two", "첫 줄\n둘째 줄", "ko", false)]
    [InlineData("a\tb", "甲\t乙", "zh", false)]
    [InlineData("family 👨‍👩‍👧", "家族 👨‍👩‍👧", "ja", false)]
    [InlineData("We train models.", "우리는 모델을\u200B 학습한다.", "ko", true)]
    [InlineData("We train models.", "우리는 \u202E모델을 학습한다.", "ko", true)]
    [InlineData("We train models.", "我们训练\u0007模型。", "zh", true)]
    [InlineData("We train models.", "\uFEFFモデルを訓練する。", "ja", true)]
    [InlineData("We train models.", "모델을\n학습한다.", "ko", true)]
    [InlineData("We \u200Btrain models.", "우리는 모델을 학습한다.", "ko", true)]
    public void Reports_control_bidi_and_invisible_characters(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new ControlCheck(), source, target, lang);

    [Fact]
    public void Fix_removes_invisible_characters_the_source_lacks()
    {
        var finding = Assert.Single(CheckRun.Of(new ControlCheck(), "We train models.", "우리는\u200B 모델을\u200B 학습한다."));
        Assert.Equal("우리는 모델을 학습한다.", finding.SuggestedTarget);
        Assert.Equal(2, finding.TargetSpans.Count);
    }
}
