using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class MarkupCheckTests
{
    [Theory]
    [InlineData("Hello {0}, you have %s messages.", "{0}님, %s개의 메시지가 있습니다.", "ko", false)]
    [InlineData("Click <b>Save</b> now.", "지금 <b>저장</b>을 누르세요.", "ko", false)]
    [InlineData("**Models.** We train models.", "**모델.** 모델을 학습한다.", "ko", false)]
    [InlineData("Use the `grep` command.", "`grep`コマンドを使う。", "ja", false)]
    [InlineData("See [the docs](https://example.org/docs).", "请参阅[文档](https://example.org/docs)。", "zh", false)]
    [InlineData("uses snake_case names and 2*3 products", "snake_case 이름과 2*3 곱을 쓴다", "ko", false)]
    [InlineData("* first item", "* 첫 번째 항목", "ko", false)]
    [InlineData("the _both_ cases", "_두_ 경우 모두", "ko", false)]
    [InlineData("Hello {0}, you have %s messages.", "님, %s개의 메시지가 있습니다.", "ko", true)]
    [InlineData("Hello {0}, you have messages.", "{0}님, %d개의 메시지가 있습니다.", "ko", true)]
    [InlineData("Click <b>Save</b> now.", "지금 <b>저장을 누르세요.", "ko", true)]
    [InlineData("**Models.** We train models.", "**模型。我们训练模型。", "zh", true)]
    [InlineData("Use the `grep` command.", "grepコマンドを使う。", "ja", true)]
    [InlineData("See [the docs](https://example.org/docs).", "문서를 참조하라.", "ko", true)]
    [InlineData("the _both_ cases", "_두 경우 모두", "ko", true)]
    public void Reports_unbalanced_or_missing_markup(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new MarkupCheck(), source, target, lang);
}
