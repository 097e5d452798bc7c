namespace Review.Text.Tests;

/// <summary>
/// One reading of a language tag for the whole app. BCP 47 tags are case-insensitive (RFC 5646
/// §2.1.1), so the primary subtag is always compared lower-cased; one old copy did not lower-case.
/// </summary>
public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("ko", "ko")]
    [InlineData("KO", "ko")]
    [InlineData("ko_KR", "ko")]
    [InlineData("zh-Hans", "zh")]
    [InlineData("ZH-cn", "zh")]
    [InlineData("", "")]
    public void The_primary_subtag_is_lower_case(string tag, string primary) =>
        Assert.Equal(primary, LanguageTags.Primary(tag));

    [Theory]
    [InlineData("en", "EN-us", true)]
    [InlineData("ZH", "zh_CN", true)]
    [InlineData("ko", "ja", false)]
    public void Same_language_ignores_case_and_region(string a, string b, bool same) =>
        Assert.Equal(same, LanguageTags.SameLanguage(a, b));

    [Theory]
    [InlineData("zh_CN", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("ko_KR", true)]
    [InlineData("en", true)]
    [InlineData("source", false)]
    [InlineData("k", false)]
    public void Tags_are_recognised_in_gettext_and_bcp47_shapes(string text, bool isTag) =>
        Assert.Equal(isTag, LanguageTags.IsTag(text));
}
