using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

/// <summary>Checks must survive any text: random mixes of the characters that trip parsers
/// (digits, brackets, math and markup delimiters, surrogates, controls, CJK) never throw, and every
/// span they report lies inside its text.</summary>
public class CheckRobustnessTests
{
    private const string Alphabet = "0123456789.,-e%$\\()[]{}<>*_`\"“”'’ \u00A0\u200B\u202E\u0007\uFFFD\t\nabcXYZ한국어모델中文日本語ひらがなไทยМир@:/#";

    [Fact]
    public void Random_text_never_throws_and_spans_stay_inside()
    {
        var random = new Random(1);
        var runner = CheckCatalog.Create();
        for (var i = 0; i < 3000; i++)
        {
            var source = RandomText(random);
            var target = random.Next(4) == 0 ? source : RandomText(random);
            var language = new[] { "ko", "zh", "ja", "en" }[random.Next(4)];
            var result = runner.Run(source, target, "en", language);
            foreach (var finding in result.Findings)
            {
                Assert.All(finding.SourceSpans, span => Assert.InRange(span.End, span.Start, source.Length));
                Assert.All(finding.TargetSpans, span => Assert.InRange(span.End, span.Start, target.Length));
                Assert.False(string.IsNullOrWhiteSpace(finding.Message));
                Assert.DoesNotContain('\n', finding.Message);
            }
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "모델")]
    [InlineData("Model.", "")]
    [InlineData("\uD800", "\uDC00")]
    [InlineData("$", "$$")]
    [InlineData("\\(", "\\)")]
    [InlineData("1,000,000,000,000,000,000,000,000,000 and 9e999", "1e-999")]
    public void Edge_cases_do_not_throw(string source, string target)
    {
        var result = CheckCatalog.Create().Run(source, target, "en", "ko");
        Assert.NotNull(result.Findings);
    }

    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(0, 80)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
