using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class MarkupCheckTests
{
    [Theory]
    [InlineData("Click <b>Save</b> now.", "지금 <b>저장</b>을 누르세요.", "ko", false)]
    [InlineData("**Models.** We train models.", "**모델.** 모델을 학습한다.", "ko", false)]
    [InlineData("Use the `grep` command.", "`grep`コマンドを使う。", "ja", false)]
    [InlineData("See [the docs](https://example.org/docs).", "请参阅[文档](https://example.org/docs)。", "zh", false)]
    [InlineData("uses snake_case names and 2*3 products", "snake_case 이름과 2*3 곱을 쓴다", "ko", false)]
    [InlineData("* first item", "* 첫 번째 항목", "ko", false)]
    [InlineData("the _both_ cases", "_두_ 경우 모두", "ko", false)]
    [InlineData("C_reate", "만들기(_R)", "ko", false)]
    [InlineData("(default is <package>_<version>_<arch>.deb)", "(默认文件名是 <软件包名>-<版本号>.deb)", "zh", false)]
    [InlineData("begin [stop] printing with page FIRST_[LAST_]PAGE", "<첫_페이지>[<끝_페이지>]에서 인쇄를 시작합니다[끝냅니다].", "ko", false)]
    [InlineData("_File", "_파일", "ko", false)]
    [InlineData("Invalid pathspec magic '%.*s'", "잘못된 경로명세 '%.*s'", "ko", false)]
    [InlineData("conffile `%s' is not a plain file", "`%s' 설정 파일이 일반 파일이 아닙니다", "ko", false)]
    [InlineData("Usage: split [OPTION] <part>", "사용법: split [옵션] ‹부분>", "ko", false)]
    [InlineData("--method=HTTPMethod", "--method=<HTTP 方法>", "zh", false)]
    [InlineData("This `service` component", "这个 “service” 组件", "zh", false)]
    [InlineData("wait 0.5*WAIT secs", "0.5*<대기> 초 대기", "ko", false)]
    [InlineData("block %s: ** End of File **", "块 %s：** 文件结束 **", "zh", false)]
    [InlineData("allow to print `undefined` names", "允许打印 `未定义` 的名称", "zh", true)]
    [InlineData("Click <b>Save</b>", "<b>저장</b>을 <i>누르세요", "ko", true)]
    [InlineData("Click <b>Save</b> now.", "지금 <b>저장을 누르세요.", "ko", true)]
    [InlineData("**Models.** We train models.", "**模型。我们训练模型。", "zh", true)]
    [InlineData("Use the `grep` command.", "grepコマンドを使う。", "ja", true)]
    [InlineData("See [the docs](https://example.org/docs).", "문서를 참조하라.", "ko", true)]
    [InlineData("the _both_ cases", "_두 경우 모두", "ko", true)]
    public void Reports_unbalanced_or_missing_markup(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new MarkupCheck(), source, target, lang);

    /// <summary>Software strings print as plain text: asterisks and underscores are not compared
    /// there, code spans still are. Real pairs from the ko and zh gettext catalogs.</summary>
    [Theory]
    [InlineData("Options '-[0-7][lmh]' not supported by *this* tar", "此版本 tar 不支持选项“-[0-7][lmh]”", "zh", false)]
    [InlineData("NOTIFY YOUR SYSTEM MANAGER.\n", "**시스템 관리자에게 알리십시오**\n", "ko", false)]
    [InlineData("***(Single step mode: verify command)*******\n", "***(단독 순차 모드: 쿼리 확인)******\n", "ko", false)]
    [InlineData("  [CHAR*REPEAT]   REPEAT copies of CHAR\n", "  [<문자>*<반복횟수>]   <문자>의 <반복횟수>번 반복\n", "ko", false)]
    [InlineData("'always' will use cached attributes if available", "`always` 가용 상태일 동안 캐시 속성을 계속 활용합니다.", "ko", false)]
    [InlineData("checking for monitored file `%s': %s", "감시하는 `%s` 파일 검사: %s", "ko", false)]
    [InlineData("A `requires` or `recommends` item requires a value", "一个`需要`或`建议`的条目需要一个值", "zh", true)]
    public void In_software_strings(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new MarkupCheck(emphasis: false), source, target, lang);
}
