
namespace Review.Text.Tests;

public class DisplayWidthTests
{
    [Theory]
    [InlineData("a", 1)]
    [InlineData("한", 2)]             // Hangul syllable
    [InlineData("\u1100", 2)]         // Hangul choseong
    [InlineData("中", 2)]             // CJK ideograph
    [InlineData("\u3400", 2)]         // CJK extension A
    [InlineData("\U00020000", 2)]     // CJK extension B, outside the BMP
    [InlineData("Ａ", 2)]             // fullwidth Latin
    [InlineData("ｱ", 1)]              // halfwidth katakana
    [InlineData("\u0301", 0)]         // combining acute accent (Mn)
    [InlineData("\u20DD", 0)]         // combining enclosing circle (Me)
    [InlineData("\u200B", 0)]         // zero width space (Cf)
    [InlineData("\u1161", 0)]         // Hangul jungseong joins the choseong before it
    [InlineData("😀", 2)]             // emoji with emoji presentation
    [InlineData("é", 1)]
    [InlineData("\u00AD", 1)]         // soft hyphen is drawn by terminals
    public void Code_point_widths(string text, int expected) =>
        Assert.Equal(expected, DisplayWidth.Of(char.ConvertToUtf32(text, 0)));

    [Theory]
    [InlineData("e\u0301", 1)]                      // e + combining acute
    [InlineData("\u1112\u1161\u11AB", 2)]           // 한 decomposed (NFD): L V T
    [InlineData("👩\u200D💻", 2)]                   // ZWJ sequence
    [InlineData("👨\u200D👩\u200D👧\u200D👦", 2)]   // family
    [InlineData("❤\uFE0F", 2)]                      // text-default heart made emoji by FE0F
    [InlineData("❤", 1)]
    [InlineData("🇰🇷", 2)]                          // regional indicator flag
    [InlineData("👍🏽", 2)]                          // skin tone modifier
    public void Grapheme_widths(string grapheme, int expected)
    {
        Assert.Single(Graphemes.Split(grapheme));
        Assert.Equal(expected, DisplayWidth.OfGrapheme(grapheme));
    }

    [Theory]
    [InlineData("hello", 5)]
    [InlineData("안녕하세요", 10)]
    [InlineData("Hello, 世界!", 12)]
    [InlineData("Ｆｕｌｌ", 8)]
    [InlineData("Cafe\u0301 👩\u200D💻", 7)]
    [InlineData("", 0)]
    public void Text_widths(string text, int expected) => Assert.Equal(expected, DisplayWidth.OfText(text));

    [Fact]
    public void Graphemes_keep_clusters_whole() =>
        Assert.Equal(["a", "e\u0301", "한", "👩\u200D💻", "🇰🇷", "b"], Graphemes.Split("ae\u0301한👩\u200D💻🇰🇷b"));

    [Fact]
    public void Enumerator_reports_utf_16_offsets()
    {
        var enumerator = Graphemes.Of("a한😀b");
        var indexes = new List<int>();
        while (enumerator.MoveNext())
        {
            indexes.Add(enumerator.Index);
        }

        Assert.Equal([0, 1, 2, 4], indexes);
    }
}
