using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class TruncationCheckTests
{
    private const string Source = "We train large language models on carefully filtered web data for many weeks.";

    [Theory]
    [InlineData("우리는 신중하게 필터링된 웹 데이터로 대규모 언어 모델을 수 주 동안 학습한다.", "ko", false)]
    [InlineData("我们用经过仔细过滤的网络数据训练大型语言模型数周。", "zh", false)]
    [InlineData("慎重にフィルタリングしたウェブデータで大規模言語モデルを数週間訓練する。", "ja", false)]
    [InlineData("우리는 웹 데이터로 모델을 학습한다[12].", "ko", false)]
    [InlineData("우리는 \"웹 데이터로 모델을 학습한다.\"", "ko", false)]
    [InlineData("우리는 신중하게 필터링된 웹 데이터로 대규모 언어 모델을 수 주 동안 학습한", "ko", true)]
    [InlineData("我们用经过仔细过滤的网络数据训练大型语言模型", "zh", true)]
    [InlineData("慎重にフィルタリングしたウェブデータで大規模言語モデルを数週間訓練\uFFFD", "ja", true)]
    public void Reports_targets_that_stop_early(string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new TruncationCheck(), Source, target, lang);

    [Fact]
    public void Source_without_final_punctuation_lets_the_target_end_freely() =>
        CheckRun.AssertFires(false, new TruncationCheck(), "Figure 3: accuracy over time", "그림 3: 시간에 따른 정확도", "ko");

    [Fact]
    public void Far_too_short_target_is_cut_even_with_a_period() =>
        CheckRun.AssertFires(true, new TruncationCheck(), Source + " " + Source, "학습.", "ko");
}
