using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class BracketCheckTests
{
    [Theory]
    [InlineData("in-context learning (ICL) helps.", "인컨텍스트 학습(ICL)이 돕는다.", "ko", false)]
    [InlineData("in-context learning (ICL) helps.", "上下文学习（ICL）有帮助。", "zh", false)]
    [InlineData("the \"best\" model", "「最良の」モデル", "ja", false)]
    [InlineData("the interval [0, 1) is used", "구간 [0, 1)을 사용한다", "ko", false)]
    [InlineData("the value \\(\\left( x \\right.\\) here", "값 \\(\\left( x \\right.\\) 여기", "ko", false)]
    [InlineData("it's the model’s output", "모델의 출력이다", "ko", false)]
    [InlineData("the “best” model", "์ธํ„ฐ”๋„ท ๊ฐ€", "ko", false)]
    [InlineData("the “best” model", "ìµœê³ ì˜ ëª¨ë”œ", "ko", false)]
    [InlineData("in-context learning (ICL) helps.", "인컨텍스트 학습(ICL이 돕는다.", "ko", true)]
    [InlineData("in-context learning (ICL) helps.", "上下文学习（ICL有帮助。", "zh", true)]
    [InlineData("the \"best\" model", "「最良の モデル", "ja", true)]
    [InlineData("the “best” model", "“최고의 모델", "ko", true)]
    public void Reports_brackets_unbalanced_only_in_the_target(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new BracketCheck(), source, target, lang);
}
