using Review.Core.Align;

namespace Review.Core.Tests.Align;

public sealed class AnchorExtractorTests
{
    [Fact]
    public void Placeholders_quotes_and_colons_survive_a_translation()
    {
        var (source, target) = AnchorExtractor.Of(["Error: read %ld bytes from '%s' in 3 tries."], ["오류: '%s'에서 %ld바이트를 3번 만에 읽었습니다."]);
        Assert.Equal(0, AnchorExtractor.Unmatched(source[0], target[0]));
        Assert.Equal(6, source[0].Length);
    }

    [Fact]
    public void Placeholders_differ_by_conversion_and_apostrophes_are_not_quotes()
    {
        var (source, target) = AnchorExtractor.Of(["Can't write %d items."], ["%s 항목을 쓸 수 없습니다."]);
        Assert.Equal(2, AnchorExtractor.Unmatched(source[0], target[0]));
    }

    [Fact]
    public void A_percent_sign_is_not_a_placeholder()
    {
        var (source, target) = AnchorExtractor.Of(["It is 50% done."], ["50% 완료되었습니다."]);
        Assert.Equal(0, AnchorExtractor.Unmatched(source[0], target[0]));
        Assert.Equal(2, source[0].Length);
    }
}
