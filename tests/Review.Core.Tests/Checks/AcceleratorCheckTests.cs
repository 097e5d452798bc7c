using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class AcceleratorCheckTests
{
    [Theory]
    [InlineData('_', "_File", "파일(_F)", false)]
    [InlineData('_', "C_reate", "만들기(_R)", false)]
    [InlineData('_', "Save _As", "另存为(_A)", false)]
    [InlineData('&', "&File", "파일(&F)", false)]
    [InlineData('&', "Save &As", "다른 이름으로 &저장", false)]
    [InlineData('_', "KP_Enter", "키패드 Enter", false)]
    [InlineData('_', "snake_case value", "snake_case 값", false)]
    [InlineData('&', "R&D budget", "연구 개발 예산", false)]
    [InlineData('&', "Audio &amp; Video", "音频和视频", false)]
    [InlineData('_', "_File", "파일", true)]
    [InlineData('&', "&File", "文件", true)]
    [InlineData('_', "_Open", "열기(_O)(_P)", true)]
    public void Reports_a_lost_or_doubled_accelerator(char marker, string source, string target, bool fires) =>
        CheckRun.AssertFires(fires, new AcceleratorCheck(marker), source, target);

    [Fact]
    public void Without_a_learned_marker_the_check_is_silent() =>
        Assert.Empty(CheckRun.Of(new AcceleratorCheck(null), "_File", "파일"));

    [Fact]
    public void The_marker_is_learned_from_a_corpus_that_uses_it()
    {
        var gtk = new CorpusCalibrator();
        foreach (var (source, target) in new[] { ("_File", "파일(_F)"), ("_Edit", "편집(_E)"), ("_View", "보기(_V)"), ("C_reate", "만들기(_R)"), ("_Quit", "끝내기(_Q)"), ("_Help", "도움말(_H)") })
        {
            gtk.Add(source, target);
        }

        Assert.Equal('_', gtk.Profile(LengthRatioBand.Default("en", "ko")).AcceleratorMarker);

        var code = new CorpusCalibrator();
        foreach (var name in new[] { "max_depth", "file_name", "LC_ALL", "user_id", "KP_Enter", "log_level" })
        {
            code.Add($"set {name}", $"{name} 설정");
        }

        Assert.Null(code.Profile(LengthRatioBand.Default("en", "ko")).AcceleratorMarker);
    }
}
