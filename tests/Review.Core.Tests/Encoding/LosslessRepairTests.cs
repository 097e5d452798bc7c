using Review.Core.Encodings;

namespace Review.Core.Tests.Encodings;

public sealed class LosslessRepairTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "인터넷의 확산으로 인해 다양한 유형의 데이터가 생성되었다.", "Windows-1252" },
        { "中文文本的恢复必须完全准确，包括标点符号“引号”。", "Windows-1252" },
        { "日本語のテキスト、カタカナとひらがな。", "Windows-1252" },
        { "Où êtes-vous ? À bientôt, chère amie. Ça va très bien.", "Windows-1252" },
        { "Größere Häuser kosten mehr, aber die Straße ist schön.", "Windows-1252" },
        { "Größere Häuser kosten mehr, aber die Straße ist schön.", "Latin-1" },
        { "中文文本的恢复必须完全准确。", "Latin-1" },
        { "Où êtes-vous ? À bientôt, chère amie.", "Windows-1250" },
        { "Съешь же ещё этих мягких французских булок.", "Windows-1251" },
        { "Thai bytes are all defined in 874: 中文 日本語 한국어", "Windows-874" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_that_lost_no_byte_comes_back_exactly(string clean, string pageName)
    {
        var page = CodePage.Find(pageName)!;
        var garbled = SeedGarbling.GarbleLosslessly(clean, page);

        var result = Mojibake.DetectAndRepair(garbled);

        Assert.Equal(clean, result.Text);
        Assert.Empty(result.Guesses);
        Assert.False(result.Truncated);
    }

    [Theory]
    [InlineData("Größere Häuser, schöne Straße")]
    [InlineData("中文文本，日本語のテキスト")]
    public void Double_encoded_text_comes_back_exactly(string clean)
    {
        var garbled = SeedGarbling.GarbleTwice(clean, CodePage.Windows1252);

        Assert.Equal(clean, Mojibake.DetectAndRepair(garbled).Text);
    }

    [Theory]
    [InlineData("plain ASCII")]
    [InlineData("Où êtes-vous ? Größe, 5 € — “quoted”")]
    [InlineData("สวัสดีครับ")]
    [InlineData("인터넷의 확산")]
    public void Genuine_text_passes_through_unchanged(string text)
    {
        var result = Mojibake.DetectAndRepair(text);

        Assert.Equal(text, result.Text);
        Assert.False(result.Changed);
        Assert.Null(result.Scheme);
    }
}
