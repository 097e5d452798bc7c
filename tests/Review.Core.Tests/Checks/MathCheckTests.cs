using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class MathCheckTests
{
    [Theory]
    [InlineData("set \\(\\epsilon\\) to \\(10^{-8}\\).", "\\(\\epsilon\\)를 \\(10^{-8}\\)로 설정했다.", "ko", false)]
    [InlineData("where \\[x^2 + y^2 = 1\\] holds.", "\\[x^2 + y^2 = 1\\]が成り立つ。", "ja", false)]
    [InlineData("the value $a+b$ is small.", "值$a+b$很小。", "zh", false)]
    [InlineData("it costs $5 and $10.", "5달러와 10달러가 든다.", "ko", false)]
    [InlineData("Rename the positional parameters $N+1,$N+2 ... to $1,$2 ...", "$<초기횟수>+1, $<초기횟수>+2, ... $1, $2 ... 로 위치 매개변수 이름을 바꾸며", "ko", false)]
    [InlineData("the $n$th element", "n번째 원소", "ko", true)]
    [InlineData("set \\(\\epsilon\\) to \\(10^{-8}\\).", "\\(\\epsilon\\)를 \\(10^{-9}\\)로 설정했다.", "ko", true)]
    [InlineData("set \\(\\epsilon\\) to \\(10^{-8}\\).", "\\(\\epsilon\\)를 10^{-8}\\로 설정했다.", "ko", true)]
    [InlineData("where \\[x^2 + y^2 = 1\\] holds.", "\\[x^2+y^2=1\\]が成り立つ。", "ja", true)]
    [InlineData("the value $a+b$ is small.", "值a+b很小。", "zh", true)]
    [InlineData("the value \\(x\\) is small.", "값 \\\\(x\\)는 작다.", "ko", true)]
    public void Requires_math_byte_identical(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new MathCheck(), source, target, lang);

    [Theory]
    [InlineData("set \\(\\epsilon\\) to \\(10^{-8}\\).", "\\(\\epsilon\\)를 10^{-8}\\로 설정했다.", "\\(\\epsilon\\)를 \\(10^{-8}\\)로 설정했다.")]
    [InlineData("keys \\(\\{KV\\}_{s-1}\\) here", "키 \\ (\\{KV\\}_{s-1}\\) 여기", "키 \\(\\{KV\\}_{s-1}\\) 여기")]
    [InlineData("where \\[x^2 + y^2 = 1\\] holds.", "\\[x^2+y^2=1\\]が成り立つ。", "\\[x^2 + y^2 = 1\\]が成り立つ。")]
    [InlineData("then \\(g_{\\theta^{\\prime}}\\) is used", "그러면 \\(g_{\\theta^{\\prime}\\)가 사용된다", "그러면 \\(g_{\\theta^{\\prime}}\\)가 사용된다")]
    public void Restores_the_one_span_that_fits(string source, string target, string fixedTarget)
    {
        var finding = Assert.Single(CheckRun.Of(new MathCheck(), source, target));
        Assert.Equal(fixedTarget, finding.SuggestedTarget);
    }
}
