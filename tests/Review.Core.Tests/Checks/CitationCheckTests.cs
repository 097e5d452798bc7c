using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class CitationCheckTests
{
    [Theory]
    [InlineData("capabilities [82, 26].", "능력을 향상시킨다[82, 26].", "ko", false)]
    [InlineData("such as CommonCrawl [163].", "CommonCrawl[163]과 같이.", "ko", false)]
    [InlineData("as shown (Albalak et al., 2023).", "(Albalak et al., 2023)에서 보인 바와 같이.", "ko", false)]
    [InlineData("as shown (Albalak et al., 2023).", "(Albalak 등, 2023)에서 보인 바와 같이.", "ko", false)]
    [InlineData("following Hoffmann et al. (2022).", "Hoffmann 등(2022)을 따른다.", "ko", false)]
    [InlineData("as shown (Brown et al., 2020; Wang and Komatsuzaki, 2021).", "如(Brown et al., 2020; Wang and Komatsuzaki, 2021)所示。", "zh", false)]
    [InlineData("as in [3-5].", "[3-5]のように。", "ja", false)]
    [InlineData("capabilities [82, 26].", "능력을 향상시킨다[82].", "ko", true)]
    [InlineData("such as CommonCrawl [163].", "CommonCrawl과 같이.", "ko", true)]
    [InlineData("as shown (Albalak et al., 2023).", "(알발락 등, 2023)에서 보인 바와 같이.", "ko", true)]
    [InlineData("as shown (Albalak et al., 2023).", "如上所示。", "zh", true)]
    [InlineData("as in [3-5].", "[3-6]のように。", "ja", true)]
    public void Reports_citations_not_preserved(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new CitationCheck(), source, target, lang);

    [Theory]
    [InlineData("capabilities [82, 26].", "능력을 향상시킨다［82, 26］.", "능력을 향상시킨다[82, 26].")]
    [InlineData("capabilities [82, 26].", "능력을 향상시킨다 (82, 26).", "능력을 향상시킨다 [82, 26].")]
    [InlineData("as shown (Albalak et al., 2023).", "(알발락 등, 2023)에서 보인 바와 같이.", "(Albalak et al., 2023)에서 보인 바와 같이.")]
    public void Restores_a_mangled_citation_when_one_place_fits(string source, string target, string fixedTarget)
    {
        var finding = Assert.Single(CheckRun.Of(new CitationCheck(), source, target));
        Assert.Equal(fixedTarget, finding.SuggestedTarget);
    }

    [Fact]
    public void Offers_no_fix_when_two_places_fit()
    {
        var finding = Assert.Single(CheckRun.Of(new CitationCheck(), "see [1, 2].", "(1, 2) 또는 (1 2)를 보라."));
        Assert.Null(finding.SuggestedTarget);
    }
}
