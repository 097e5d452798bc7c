using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class PlaceholderCheckTests
{
    [Theory]
    // Positional printf may reorder, keeping each position's type (apt, coreutils).
    [InlineData("failed to truncate %s at %<PRIdMAX> bytes", "%2$<PRIdMAX> 바이트에서 %1$s 자르기 실패", false)]
    [InlineData("Invalid pathspec magic '%.*s' in '%s'", "在路径规格 '%3$s' 中无效的神奇前缀 '%2$.*1$s'", false)]
    [InlineData("error reading %s from file %.255s", "无法从文件 %2$s 读取 %1$s", false)]
    [InlineData("apt uses %lu throughout, %zu and %'d too", "%lu, %zu, %'d 모두", false)]
    [InlineData("Hello {0}, you have %s messages.", "{0}님, %s개의 메시지가 있습니다.", false)]
    [InlineData("Welcome, %(name)s!", "%(name)s님, 환영합니다!", false)]
    [InlineData("Saved {count} files to {0:>10}", "{0:>10}에 파일 {count}개를 저장했습니다", false)]
    [InlineData("Total {0,-10:N2}", "합계 {0,-10:N2}", false)]
    [InlineData("%1 of %2 done", "%2개 중 %1개 완료", false)]
    [InlineData("set $JAVA or ${HOME}", "$JAVA 또는 ${HOME} 설정", false)]
    [InlineData("Could not pick $sha1", "$sha1을 빼오기 할 수 없습니다", false)]
    [InlineData("Hello ${user.name}", "你好 ${user.name}", false)]
    [InlineData("%d%% done", "%d%% 완료", false)]
    [InlineData("Setting this to TRUE is 99% of the time a bad idea", "99%의 경우 좋지 않은 생각입니다", false)]
    [InlineData("Invalid %-encoding in URI", "URI에 잘못된 % 인코딩", false)]
    [InlineData("%a %b %e %H:%M:%S %Y", "%Y년 %b %e일 (%a) %H:%M:%S", false)]
    [InlineData("Each {INTEGER} repeats", "{<정수>} 반복", false)]
    [InlineData("Every %.1fs: ", "매 %.1f초: ", false)]
    [InlineData("Dropped ${REV} ($s)", "${REV} 지움 ($s)", false)]
    // Missing, extra, retyped and swapped arguments.
    [InlineData("Hello {0}, you have %s messages.", "님, %s개의 메시지가 있습니다.", true)]
    [InlineData("could not open temporary file", "임시 파일을 열 수 없습니다: %s", true)]
    [InlineData("signal %d in %s", "%s에서 시그널 %d", true)]
    [InlineData("unable to ignore signal %s before running %.250s", "%.250s을(를) 실행하기 전 %s 시그널을 무시할 수 없습니다", true)]
    [InlineData("error %s at %d", "%2$s에서 %1$s 오류", true)]
    [InlineData("read %lu bytes", "%d 바이트 읽음", true)]
    [InlineData("Welcome, %(name)s!", "%(user)s님, 환영합니다!", true)]
    [InlineData("Welcome, {name}!", "환영합니다!", true)]
    [InlineData("%1 of %2 done", "%1개 완료", true)]
    [InlineData("try installing gij or set $JAVA", "gij를 설치하거나 $JAVAC 환경변수를 세팅하십시오", true)]
    [InlineData("Browsing for service type %s in domain %s failed: %s", "浏览在域 %s$2 中的服务类型 %s$1 失败：%s", true)]
    [InlineData("overwrite '%.250s' in package %.250s %.250s", "%2$.250s %3$s.250s 패키지의 '%1$.250s'", true)]
    [InlineData("would be overwritten by merge:\n%%s", "병합 때문에 덮어 쓰게 됩니다.", true)]
    [InlineData("`%1$s' does not end with `END %1$s'", "对“%1$s”的定义并不以“END %1%s”结束", true)]
    [InlineData("  %l   maximum length of filenames", "  %I   允许的文件名最大长度", true)]
    [InlineData("relative to a directory: $TMPDIR, if set; else the", "如果设置了 $TMPDIR，则相对于 $TMPDIR；否则如果使用了", false)]
    [InlineData("Java virtual machine not found, try installing gij or set $JAVA", "자바 가상기계가 없습니다. gij를 설치하거나 $JAVAC 환경변수를 세팅하십시오", true)]
    public void Compares_placeholders_as_arguments(string source, string target, bool fires) =>
        CheckRun.AssertFires(fires, new PlaceholderCheck(), source, target);

    [Fact]
    public void A_swap_without_positions_is_one_error_naming_the_types()
    {
        var findings = CheckRun.Of(new PlaceholderCheck(), "signal %d in %s", "%s에서 시그널 %d");
        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("order or type", finding.Message);
    }

    [Fact]
    public void Digits_inside_placeholders_are_not_numbers()
    {
        Assert.Empty(CheckRun.Of(new NumberCheck(), "%s: %s", "%2$s: %1$s"));
        Assert.Empty(CheckRun.Of(new NumberCheck(), "%1 of %2", "%2개 중 %1개"));
    }

    [Fact]
    public void Scanner_reads_each_family()
    {
        var text = "%2$-10.*1$lu %(name)s {0,-10:N2} %3 ${HOME} $PATH %% %<PRIdMAX>";
        var found = PlaceholderScanner.Find(text, [], []);
        Assert.Equal(
            [PlaceholderFamily.Printf, PlaceholderFamily.PythonNamed, PlaceholderFamily.Brace, PlaceholderFamily.Qt,
                PlaceholderFamily.Variable, PlaceholderFamily.Variable, PlaceholderFamily.Printf],
            found.Select(p => p.Family));
        Assert.Equal([(1, "int"), (2, "lint")], found[0].Arguments);
        Assert.Equal("int:MAX", found[^1].Type);
    }
}
