using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class NumberCheckTests
{
    [Theory]
    [InlineData("We trained for 3 epochs.", "우리는 3 에포크 동안 학습했다.", "ko", false)]
    [InlineData("We used 1,000 samples.", "1000개의 샘플을 사용했다.", "ko", false)]
    [InlineData("We used 1000 samples.", "1,000个样本。", "zh", false)]
    [InlineData("The learning rate was 3e-5.", "학습률은 3e-5였다.", "ko", false)]
    [InlineData("Accuracy rose by 12.5%.", "정확도가 12.5% 상승했다.", "ko", false)]
    [InlineData("Accuracy rose by 12.5%.", "精度が12.5パーセント向上した。", "ja", false)]
    [InlineData("Lengths of 10-20 tokens.", "10~20 토큰 길이.", "ko", false)]
    [InlineData("We use version 2.1.3 of the tool.", "도구의 버전 2.1.3을 사용한다.", "ko", false)]
    [InlineData("It has 3 million users.", "사용자가 300만 명이다.", "ko", false)]
    [InlineData("It has 3 million users.", "它有300万用户。", "zh", false)]
    [InlineData("A 7B model and 120 million tokens.", "7B 모델과 1억 2천만 토큰.", "ko", false)]
    [InlineData("Two models were compared.", "2개의 모델을 비교했다.", "ko", false)]
    [InlineData("We ran it 3 times.", "세 번 실행했다.", "ko", false)]
    [InlineData("We ran it 3 times.", "我们运行了三次。", "zh", false)]
    [InlineData("Published on January 5, 2023.", "2023년 1월 5일에 발표되었다.", "ko", false)]
    [InlineData("See \\(10,000\\) examples [12].", "\\(10,000\\)개의 예시를 보라[12].", "ko", false)]
    [InlineData("We used 5 GPUs.", "5台のGPUを使用した。", "ja", false)]
    [InlineData("The learning rate was 3e-5.", "학습률은 3e-4였다.", "ko", true)]
    [InlineData("We used 1,000 samples.", "100개의 샘플을 사용했다.", "ko", true)]
    [InlineData("Accuracy rose by 12.5%.", "정확도가 크게 상승했다.", "ko", true)]
    [InlineData("We use version 2.1.3 of the tool.", "도구의 버전 2.1.4를 사용한다.", "ko", true)]
    [InlineData("It has 3 million users.", "사용자가 30만 명이다.", "ko", true)]
    [InlineData("We trained 4 models.", "我们训练了5个模型。", "zh", true)]
    [InlineData("We trained the models.", "モデルを42回訓練した。", "ja", true)]
    public void Reports_numbers_missing_or_extra(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new NumberCheck(), source, target, lang);

    [Fact]
    public void Message_names_the_number_as_written_and_points_at_it()
    {
        var source = "The learning rate was 3e-5.";
        var finding = Assert.Single(CheckRun.Of(new NumberCheck(), source, "학습률은 작았다."));
        Assert.Equal("number 3e-5 in source is missing from target", finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
        var span = Assert.Single(finding.SourceSpans);
        Assert.Equal("3e-5", source.Substring(span.Start, span.Length));
    }
}
