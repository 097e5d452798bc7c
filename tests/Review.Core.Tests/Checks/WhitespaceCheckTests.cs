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

    /// <summary>Columns a translator kept on purpose, and the stray spaces beside them, from the ko and
    /// zh_CN catalogs of procps, wget, glib, libc, bash, coreutils and dpkg.</summary>
    [Theory]
    [InlineData(" total %8ldK\n", " 총계  %8ldK\n", "ko", false)]
    [InlineData("    in ", "    /  ", "ko", false)]
    [InlineData("time unknown       ", "未知的时间         ", "zh", false)]
    [InlineData("  SCHEMADIR A directory to search for additional schemas\n", "  架构目录  一个用于搜索附加架构的目录\n", "zh", false)]
    [InlineData("\tAccess rights: ", "\t访问权限   ：", "zh", false)]
    [InlineData(" (core dumped)", "（核心已转储）", "zh", false)]
    [InlineData(" on repetition %s\n", "，在第 %s 次重复时\n", "zh", false)]
    [InlineData("File %s retrieved but size does not match. \n", "已接收文件 %s，但大小不相符。\n", "zh", false)]
    [InlineData("Running in debug mode.\n", "运行在除错模式中. \n", "zh", true)]
    [InlineData("Trying to open file %s but it changed since last check.", "%s  파일 열기를 시도했지만 최근 검사한 이후로 바뀌었습니다.", "ko", true)]
    [InlineData("time unknown       ", "未知的时间 ", "zh", true)]
    [InlineData(" Package %s: part(s) ", "패키지 %s: 구성 요소", "ko", true)]
    [InlineData("could not open log '%s': %s", "无法打开日志文件 %s ：%s", "zh", true)]
    public void Columns_kept_on_purpose_are_not_reported_on_real_catalog_strings(string source, string target, string lang, bool fires) =>
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
