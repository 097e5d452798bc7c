using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public sealed class CheckConfigTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("review-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Toml_switches_checks_off_and_sets_thresholds()
    {
        var path = Write("review.toml", """
            # review checks
            [check.repeat]
            enabled = false

            [check.length-ratio]
            min = 0.3   # tighter than the default
            max = 1_2.5e-1

            [check."untranslated"]
            min_script_share = 0.5
            """);
        var config = CheckConfig.Load(path);
        Assert.False(config.IsEnabled("repeat"));
        Assert.True(config.IsEnabled("number"));
        Assert.Equal(0.3, config.Number("length-ratio", "min", 0));
        Assert.Equal(1.25, config.Number("length-ratio", "max", 0));
        Assert.Equal(0.5, config.Number("untranslated", "min_script_share", 0));
        Assert.Equal(7, config.Number("truncation", "short_ratio", 7));
    }

    [Fact]
    public void Json_says_the_same()
    {
        var path = Write("review.json", """{ "check": { "repeat": { "enabled": false }, "length-ratio": { "min": 0.3 } } }""");
        var config = CheckConfig.Load(path);
        Assert.False(config.IsEnabled("repeat"));
        Assert.Equal(0.3, config.Number("length-ratio", "min", 0));
    }

    [Theory]
    [InlineData("[check.numbr]\nenabled = false", "review.toml:1: unknown check 'numbr'")]
    [InlineData("[check.number]\nenabeld = false", "review.toml:2: check 'number' has no setting 'enabeld'")]
    [InlineData("[check.length-ratio]\nmin = low", "review.toml:2: 'low' is neither true, false nor a number")]
    [InlineData("enabled = false", "review.toml:1: settings must be inside a [check.<id>] table")]
    [InlineData("[checks.number]", "review.toml:1: unknown table [checks.number]")]
    public void Toml_mistakes_name_the_line(string text, string expectedStart)
    {
        var path = Write("review.toml", text);
        var error = Assert.Throws<CheckConfigException>(() => CheckConfig.Load(path));
        Assert.StartsWith(Path.Combine(_folder, expectedStart), error.Message);
    }

    [Fact]
    public void Config_is_found_next_to_the_database()
    {
        Write("review.toml", "[check.url]\nenabled = false");
        var config = CheckConfig.ForDatabase(Path.Combine(_folder, "corpus.db"), null);
        Assert.False(config.IsEnabled("url"));
        Assert.Equal(Path.Combine(_folder, "review.toml"), config.Path);
    }

    [Fact]
    public void No_config_means_defaults_and_a_missing_explicit_one_is_an_error()
    {
        Assert.Same(CheckConfig.Default, CheckConfig.ForDatabase(Path.Combine(_folder, "corpus.db"), null));
        Assert.Throws<CheckConfigException>(() => CheckConfig.ForDatabase(Path.Combine(_folder, "corpus.db"), Path.Combine(_folder, "nope.toml")));
    }

    [Fact]
    public void Config_band_overrides_the_default()
    {
        var path = Write("review.toml", "[check.length-ratio]\nmax = 0.3");
        var runner = CheckCatalog.Create(CheckConfig.Load(path));
        var result = runner.Run("We train large language models on web data.", "우리는 웹 데이터로 대규모 언어 모델을 학습한다.", "en", "ko");
        Assert.Contains(result.Findings, f => f.CheckId == "length-ratio");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
