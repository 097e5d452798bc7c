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

    /// <summary>Tab layout in software strings (ko and zh gettext catalogs).</summary>
    [Theory]
    [InlineData("  -o, --output FILENAME   Write output to FILENAME (or FILENAME.$PID in case\n\t\t\t  -f is also used) instead of standard error\n", "  -o, --output <파일이름>  표준 오류 대신 <파일이름> 파일에 출력\n                           (또는 -f 옵션도 사용한 경우 FILENAME.$PID 파일)\n", "ko", false)]
    [InlineData("suppressing non-delimited lines makes sense\n\tonly when operating on fields", "不打印不含分隔符的行仅在按字段进行操作时才有意义", "zh", true)]
    public void Tabs_in_software_strings(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new ControlCheck(true), source, target, lang);

    [Fact]
    public void Fix_removes_invisible_characters_the_source_lacks()
    {
        var finding = Assert.Single(CheckRun.Of(new ControlCheck(), "We train models.", "우리는\u200B 모델을\u200B 학습한다."));
        Assert.Equal("우리는 모델을 학습한다.", finding.SuggestedTarget);
        Assert.Equal(2, finding.TargetSpans.Count);
    }
}
