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
    [InlineData("  -p, --parents     e.g., 'rmdir -p a/b/c'\n", "  -p, --parents   예) `rmdir -p a/b/c'\n", "ko", false)]
    [InlineData("The string ends in the middle of a directive: found '{' without matching '}'.", "문자열이 지시자 중간에서 끝납니다: 짝이 맞는 '}'가 없는 '{'를 발견했습니다.", "ko", false)]
    [InlineData("will not add file alias '%s' ('%s' already exists in index)", "将不会添加文件别名 '%s'（'%s' 已经存在于索引中）", "zh", false)]
    [InlineData("unmatched `{'", "未匹配的“{”", "zh", false)]
    [InlineData("will not add file alias '%s' ('%s' already exists in index)", "将不会添加文件别名 '%s'（'%s' 已经存在于索引中", "zh", true)]
    [InlineData("%s (%s) - %s saved [%s/%s]\n\n", "%s (%s) - 已保存 %s [%s/%s])\n\n", "zh", true)]
    public void Reports_brackets_unbalanced_only_in_the_target(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new BracketCheck(), source, target, lang);
}
