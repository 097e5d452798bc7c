using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class CorpusCalibratorTests
{
    [Fact]
    public void Software_strings_are_told_from_prose()
    {
        var software = new CorpusCalibrator();
        foreach (var (source, target) in new[] { ("Open %s", "%s 열기"), ("Quit", "끝내기"), ("  -v, --verbose   explain", "  -v, --verbose   설명"), ("Size:", "크기:") })
        {
            software.Add(source, target);
        }

        var prose = new CorpusCalibrator();
        for (var i = 0; i < 10; i++)
        {
            prose.Add("Large language models have changed how researchers approach many problems in natural language processing.",
                "대규모 언어 모델은 연구자들이 자연어 처리의 많은 문제에 접근하는 방식을 바꾸었다.");
        }

        var band = LengthRatioBand.Default("en", "ko");
        Assert.Equal(TextKind.Software, software.Profile(band).Kind);
        Assert.Equal(TextKind.Prose, prose.Profile(band).Kind);
        Assert.Equal(TextKind.Prose, software.Profile(band, TextKind.Prose).Kind);
    }

    [Fact]
    public void The_config_file_sets_the_profile()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var toml = Path.Combine(folder.FullName, "review.toml");
            File.WriteAllText(toml, "profile = \"software\"\n[check.number]\nenabled = true\n");
            Assert.Equal(TextKind.Software, CheckConfig.Load(toml).Kind);

            var json = Path.Combine(folder.FullName, "review.json");
            File.WriteAllText(json, "{\"profile\": \"prose\"}");
            Assert.Equal(TextKind.Prose, CheckConfig.Load(json).Kind);

            File.WriteAllText(toml, "profile = \"poetry\"\n");
            var error = Assert.Throws<CheckConfigException>(() => CheckConfig.Load(toml));
            Assert.Contains("review.toml:1", error.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Software_thresholds_leave_help_text_layout_alone()
    {
        var runner = CheckCatalog.Create(null, CorpusProfile.Default with { Kind = TextKind.Software });
        var found = runner.Run("  -l                         use a long listing format\n", "  -l                         긴 목록 형식으로 보여줍니다\n", "en", "ko");
        Assert.Empty(found.Findings);

        var lost = runner.Run("Usage: %s FILE\n", "사용법: %s <파일>", "en", "ko");
        Assert.Contains(lost.Findings, f => f.CheckId == "control" && f.Severity == Severity.Error);
    }
}
