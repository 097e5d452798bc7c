using System.Text;

namespace Review.Text.Tests;

/// <summary>
/// The edges where the three old script tables disagreed, settled against Unicode 15's Scripts.txt
/// and its block list (a checked-in reading of both is in the cases' comments).
/// </summary>
public sealed class ScriptsTests
{
    [Theory]
    [InlineData(0xAC00, Script.Hangul)] // 가, the first syllable
    [InlineData(0xD7A3, Script.Hangul)] // 힣, the last assigned syllable
    [InlineData(0xD7A4, Script.None)]   // unassigned (the old check table called U+D7A4..D7AF Hangul)
    [InlineData(0xD7B0, Script.Hangul)] // Hangul Jamo Extended-B: Hangul script, missed by two old tables
    [InlineData(0x3131, Script.Hangul)] // ㄱ, compatibility jamo
    [InlineData(0xFFA1, Script.Hangul)] // halfwidth jamo
    [InlineData(0x04FF, Script.Cyrillic)]
    [InlineData(0x0500, Script.Cyrillic)] // Cyrillic Supplement (Komi): Cyrillic script, missed by the old check table
    [InlineData(0x052F, Script.Cyrillic)]
    [InlineData(0x4E2D, Script.Han)]    // 中
    [InlineData(0x3007, Script.Han)]    // 〇 is Han in Scripts.txt
    [InlineData(0x20000, Script.Han)]   // CJK Extension B, a surrogate pair in UTF-16
    [InlineData(0x3042, Script.Kana)]
    [InlineData(0x3105, Script.Bopomofo)]
    [InlineData(0x1EA0, Script.Latin)]  // Ạ, Latin Extended Additional (Vietnamese)
    [InlineData(0x00D7, Script.None)]   // × is a symbol, not a letter
    [InlineData((int)'a', Script.Latin)]
    [InlineData((int)'7', Script.None)]
    [InlineData(0x05D0, Script.Hebrew)]
    [InlineData(0x0627, Script.Arabic)]
    [InlineData(0x1F10, Script.Greek)]  // Greek Extended
    public void A_code_point_belongs_to_the_script_unicode_gives_it(int codePoint, Script expected)
    {
        Assert.Equal(expected, Scripts.Of(new Rune(codePoint)));
        if (codePoint < 0x10000 && !char.IsSurrogate((char)codePoint))
        {
            Assert.Equal(expected, Scripts.Of((char)codePoint));
        }
    }

    [Fact]
    public void A_lone_surrogate_has_no_script() => Assert.Equal(Script.None, Scripts.Of('\uD800'));

    [Theory]
    [InlineData(Script.Hangul, true)]
    [InlineData(Script.Han, true)]
    [InlineData(Script.Kana, true)]
    [InlineData(Script.Bopomofo, true)]
    [InlineData(Script.Latin, false)]
    [InlineData(Script.Thai, false)]
    public void Dense_scripts_are_the_ones_written_without_spaces(Script script, bool dense) =>
        Assert.Equal(dense, Scripts.IsDense(script));

    [Fact]
    public void Korean_native_mask_holds_hangul_and_han_but_not_latin()
    {
        var mask = Scripts.NativeMask("ko");
        Assert.True(Scripts.IsIn(Script.Hangul, mask));
        Assert.True(Scripts.IsIn(Script.Han, mask));
        Assert.False(Scripts.IsIn(Script.Latin, mask));
    }
}
