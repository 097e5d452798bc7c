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

    /// <summary>Real pairs from the ko and zh gettext catalogs (Gettext/README.md) that were false
    /// alarms, and real defects next to them.</summary>
    [Theory]
    [InlineData("   csN           set character size to N bits, N in [5..8]\n", "   cs<숫자>      문자 크기를 <숫자> 비트 만큼 설정합니다. <숫자>는 5, 6, 7, 8\n", "ko", false)]
    [InlineData("  %H   hour (00..23)\n  %I   hour (01..12)\n", "  %H   24시간제 시간 (00..23)\n  %I   12시간제 시간 (01..12)\n", "ko", false)]
    [InlineData("Example: Mon, 14 Aug 2006 02:34:56 -0600\n", "예: 2006년 8월 14일 (월) 17:34:56 +0900\n", "ko", false)]
    [InlineData("Vulgar or bathroom humor", "3류/화장실 유머", "ko", false)]
    [InlineData("    \texpr ? expr : expr\n    \t\t\tconditional operator\n", "    \t<수식> ? <수식> : <수식>\n    \t\t\t3항 조건 연산자\n", "ko", false)]
    [InlineData("CPU Time, hundredths", "CPU 사용시간, 100자리", "ko", false)]
    [InlineData("set read timeout of N tenths of a second\n", "设置读取超时为 N * 0.1 秒\n", "zh", false)]
    [InlineData("%x   locale's date representation (e.g., 12/31/99)\n%X   (e.g., 23:13:48)\n", "%x   日期表示法（例如：1999年12月31日）\n%X   （例如：23时13分48秒）\n", "zh", false)]
    [InlineData("interpreted as the 2-byte sequence \\0%c%c, %c", "已被解释为双字节序列 \\0%c%c, %c", "zh", false)]
    [InlineData("ROC 16k", "十六开", "zh", false)]
    [InlineData("prc 32k", "三十二开", "zh", false)]
    [InlineData("extra_float_digits must be in range -15..3", "extra_float_digits必须在-15到3之间", "zh", false)]
    [InlineData("Specify the time of print,\n e.g. 15:30, 2:35 pm, 14:15:20", "인쇄 시각을 지정합니다.\n 예) 15:30, 14:15:20", "ko", true)]
    [InlineData("Example: 02:34:56 -0600", "예: 03:34:56 +0900", "ko", true)]
    [InlineData("control directory has bad permissions %03lo (must be >=0755 and <=0775)", "control目录的的权限位是 %03lo (必须 >=0755 且 <=0755)", "zh", true)]
    [InlineData("Ubuntu 5.04 Updates", "Ubuntu 5.10 更新", "zh", true)]
    public void Real_gettext_pairs(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new NumberCheck(), source, target, lang);

    [Fact]
    public void A_time_is_one_number()
    {
        var finding = Assert.Single(CheckRun.Of(new NumberCheck(), "e.g. 15:30, 11:46:30 am", "예) 15:30", "ko"));
        Assert.Equal("number 11:46:30 in source is missing from target", finding.Message);
    }

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
