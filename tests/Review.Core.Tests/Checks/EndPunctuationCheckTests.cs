using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class EndPunctuationCheckTests
{
    private static readonly EndPunctuationCheck Kept = new(new Dictionary<EndMark, double>());

    [Theory]
    [InlineData("Action:", "动作：", "zh", false)]
    [InlineData("Action:", "동작:", "ko", false)]
    [InlineData("Loading...", "加载中……", "zh", false)]
    [InlineData("Continue?", "계속할까요?", "ko", false)]
    [InlineData("Done.", "完成。", "zh", false)]
    [InlineData("The fill level.", "填充级别", "zh", false)]
    [InlineData("Use \\q to quit.", "\\q 마침", "ko", false)]
    [InlineData("There is no merge in progress (MERGE_HEAD missing).", "진행 중인 병합 작업이 없습니다. (MERGE_HEAD가 없음)", "ko", false)]
    [InlineData("add Signed-off-by:", "Signed-off-by: 줄을 추가합니다", "ko", false)]
    [InlineData("Action:", "动作", "zh", true)]
    [InlineData("Password: ", "암호", "ko", true)]
    [InlineData("No rebase in progress?", "리베이스가 진행 중이지 않습니다", "ko", true)]
    [InlineData("Same as id -un.\n", "id -un과 동일합니다\n", "ko", true)]
    [InlineData("Not supported. Run it again.", "不支持。请再次运行", "zh", true)]
    [InlineData("Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?", "아카이브를 받을 수 없습니다. 아마도 apt-get update를 실행해야 하거나 --fix-missing 옵션을 줘서 실행해야 할 것입니다.", "ko", false)]
    [InlineData("'%s' appears to be a git command, but we were not\nable to execute it. Maybe git-%s is broken?", "'%s'은(는) 깃 명령으로 보이지만, 실행할 수\n없습니다. 아마도 git-%s 망가진 것 같습니다.", "ko", false)]
    [InlineData("Failed to parse %s. Edit again? ", "解析 %s 失败。请重新编辑之后再试。", "zh", true)]
    public void Reports_a_dropped_final_mark(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, Kept, source, target, lang);

    [Fact]
    public void A_mark_the_corpus_drops_by_style_is_not_reported()
    {
        var calibrator = new CorpusCalibrator();
        for (var i = 0; i < 30; i++)
        {
            calibrator.Add($"Open file {i}:", i % 2 == 0 ? $"파일 {i} 열기:" : $"파일 {i} 열기");
        }

        var profile = calibrator.Profile(LengthRatioBand.Default("en", "ko"));
        Assert.Equal(0.5, profile.EndMarkKeepRates[EndMark.Colon]);
        Assert.Empty(CheckRun.Of(new EndPunctuationCheck(profile.EndMarkKeepRates), "Action:", "동작"));
    }

    [Fact]
    public void The_fix_appends_the_mark_in_the_targets_form()
    {
        var finding = Assert.Single(CheckRun.Of(Kept, "Action:\n", "动作\n", "zh"));
        Assert.Equal("动作：\n", finding.SuggestedTarget);
    }
}
