using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class LengthRatioCheckTests
{
    private const string Source = "We train large language models on carefully filtered web data for many weeks.";

    [Theory]
    [InlineData("우리는 신중하게 필터링된 웹 데이터로 대규모 언어 모델을 수 주 동안 학습한다.", "ko", false)]
    [InlineData("我们用经过仔细过滤的网络数据训练大型语言模型数周。", "zh", false)]
    [InlineData("慎重にフィルタリングしたウェブデータで大規模言語モデルを数週間訓練する。", "ja", false)]
    [InlineData("학습한다.", "ko", true)]
    [InlineData("训练。", "zh", true)]
    [InlineData("우리는 신중하게 필터링된 웹 데이터로 대규모 언어 모델을 수 주 동안 학습한다. 우리는 신중하게 필터링된 웹 데이터로 대규모 언어 모델을 수 주 동안 학습한다. 우리는 신중하게 필터링된 웹 데이터로 대규모 언어 모델을 수 주 동안 학습한다.", "ko", true)]
    public void Reports_ratios_outside_the_default_band(string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new LengthRatioCheck(), Source, target, lang);

    [Fact]
    public void Skips_short_sources() =>
        CheckRun.AssertFires(false, new LengthRatioCheck(), "Table 1", "표 1의 아주 긴 설명이 여기에 붙어 있다", "ko");

    [Fact]
    public void Calibrated_band_follows_the_corpus_and_ignores_a_few_outliers()
    {
        var calibrator = new LengthRatioCalibrator();
        var source = new string('a', 100);
        for (var i = 0; i < 200; i++)
        {
            calibrator.Add(source, new string('가', 40 + i % 20));
        }

        calibrator.Add(source, new string('가', 500));
        calibrator.Add(source, new string('가', 1));
        var band = calibrator.Band(new LengthRatioBand(0, 100));
        Assert.InRange(band.Min, 0.15, 0.40);
        Assert.InRange(band.Max, 0.60, 1.5);
    }

    [Fact]
    public void Too_few_pairs_fall_back_to_the_default()
    {
        var calibrator = new LengthRatioCalibrator();
        calibrator.Add(Source, "짧다");
        var fallback = LengthRatioBand.Default("en", "ko");
        Assert.Equal(fallback, calibrator.Band(fallback));
    }
}
