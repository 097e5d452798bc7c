using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class UrlCheckTests
{
    [Theory]
    [InlineData("Code is at https://github.com/org/repo.", "코드는 https://github.com/org/repo에 있다.", "ko", false)]
    [InlineData("Write to team@example.org.", "请写信给team@example.org。", "zh", false)]
    [InlineData("See www.example.com for details.", "詳細はwww.example.comを参照。", "ja", false)]
    [InlineData("No links here.", "여기에는 링크가 없다.", "ko", false)]
    [InlineData("Report any translation bugs to <https://translationproject.org/team/>\n", "请向 <http://translationproject.org/team/zh_CN.html> 报告任何翻译错误\n", "zh", false)]
    [InlineData("Report bugs to: %s\n", "请向 <%s> 报告软件错误。\n请向 <i18n-zh@googlegroups.com> 报告翻译错误。\n", "zh", false)]
    [InlineData("Code is at https://github.com/org/repo.", "코드는 github.com/org/repo에 있다.", "ko", true)]
    [InlineData("Code is at https://github.com/org/repo.", "코드는 https://github.com/org/rep에 있다.", "ko", true)]
    [InlineData("Write to team@example.org.", "请写信给团队。", "zh", true)]
    [InlineData("No links here.", "ここにはhttps://spam.example.comがある。", "ja", true)]
    public void Requires_urls_and_addresses_unchanged(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new UrlCheck(), source, target, lang);
}
