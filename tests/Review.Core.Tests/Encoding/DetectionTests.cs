using Review.Core.Encodings;

namespace Review.Core.Tests.Encodings;

public sealed class DetectionTests
{
    [Theory]
    [InlineData("สวัสดีครับ ภาษาไทยเป็นภาษาที่สวยงาม และมีประวัติศาสตร์ยาวนาน")]
    [InlineData("Où êtes-vous ? À bientôt, chère amie. Ça va très bien, merci beaucoup.")]
    [InlineData("Größere Häuser kosten mehr, aber die Straße ist schön. Übermorgen fahren wir.")]
    [InlineData("Price: 5 € — “quoted” text… with © and ® and ½ and ° symbols • bullets")]
    [InlineData("Zażółć gęślą jaźń — Příliš žluťoučký kůň")]
    [InlineData("Съешь же ещё этих мягких французских булок, да выпей чаю.")]
    [InlineData("인터넷의 확산으로 인해 다양한 유형의 데이터가 생성되었으며")]
    [InlineData("中文文本，没有乱码。日本語のテキストです。")]
    [InlineData("plain ASCII only")]
    public void Genuine_text_is_not_mojibake(string text)
    {
        Assert.Null(Mojibake.Detect(text));
    }

    [Theory]
    [InlineData("인터넷의 확산으로 인해 다양한 유형의 데이터가 생성되었으며", "Windows-874")]
    [InlineData("Où êtes-vous ? À bientôt, chère amie.", "Windows-1252")]
    [InlineData("中文文本，没有乱码。", "Windows-1252")]
    [InlineData("Съешь же ещё этих мягких французских булок", "Windows-1251")]
    [InlineData("Zażółć gęślą jaźń", "Windows-1250")]
    public void Garbled_text_is_detected_with_its_code_page(string clean, string pageName)
    {
        var page = CodePage.Find(pageName)!;

        Assert.Equal(new GarbleScheme(page), Mojibake.Detect(SeedGarbling.Garble(clean, page)));
    }

    [Fact]
    public void C1_controls_mean_Latin_1_rather_than_Windows_1252()
    {
        var garbled = new string(System.Text.Encoding.UTF8.GetBytes("日本語").Select(b => (char)b).ToArray());

        Assert.Equal(new GarbleScheme(CodePage.Latin1), Mojibake.Detect(garbled));
    }

    [Fact]
    public void Double_encoding_is_detected_as_depth_two()
    {
        var garbled = SeedGarbling.GarbleTwice("Größere Häuser, schöne Straße", CodePage.Windows1252);

        Assert.Equal(new GarbleScheme(CodePage.Windows1252, 2), Mojibake.Detect(garbled));
    }

    [Fact]
    public void A_clean_column_is_not_flagged()
    {
        var column = new[] { "Café crème", "Größe", "plain", "สวัสดีครับ", "5 € — “ok”" };

        var detection = Mojibake.DetectColumn(column);

        Assert.Null(detection.Scheme);
        Assert.Equal(4, detection.Sampled);
    }

    [Theory]
    [InlineData("windows-874", "Windows-874", 1)]
    [InlineData("cp1252", "Windows-1252", 1)]
    [InlineData("latin-1", "Latin-1", 1)]
    [InlineData("cp1252x2", "Windows-1252", 2)]
    [InlineData("UTF-8-as-Windows-1251", "Windows-1251", 1)]
    public void Scheme_names_parse(string text, string page, int depth)
    {
        Assert.Equal(new GarbleScheme(CodePage.Find(page)!, depth), GarbleScheme.Parse(text));
    }

    [Fact]
    public void Unknown_code_page_names_do_not_parse()
    {
        Assert.Null(GarbleScheme.Parse("ebcdic"));
    }
}
