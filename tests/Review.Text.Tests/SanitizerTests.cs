
namespace Review.Text.Tests;

public class SanitizerTests
{
    [Theory]
    [InlineData("\u001b[31m", "^[[31m")]
    [InlineData("a\u0000b", "a^@b")]
    [InlineData("bell\u0007", "bell^G")]
    [InlineData("line\nnext", "line^Jnext")]
    [InlineData("cr\r", "cr^M")]
    [InlineData("del\u007f", "del^?")]
    [InlineData("csi\u009b2J", "csi\\x9b2J")]
    [InlineData("nel\u0085", "nel\\x85")]
    [InlineData("tab\there", "tab⇥here")]
    public void Controls_become_visible(string input, string expected) =>
        Assert.Equal(expected, Sanitizer.ToDisplayString(input));

    [Theory]
    [InlineData("Ü")]
    [InlineData("Über straße")]
    [InlineData("\u00A0nbsp")]
    [InlineData("한국어 텍스트")]
    [InlineData("e\u0301")]
    [InlineData("👩\u200D💻 coder")]
    [InlineData("👍🏽\u200D")]
    public void Printable_text_is_untouched(string input)
    {
        if (input.EndsWith('\u200D'))
        {
            Assert.Equal("👍🏽⟨ZWJ⟩", Sanitizer.ToDisplayString(input));
            return;
        }

        Assert.True(Sanitizer.IsClean(input) || Sanitizer.ToDisplayString(input) == input);
        Assert.Equal(input, Sanitizer.ToDisplayString(input));
    }

    [Theory]
    [InlineData("\u202Eevil", "⟨RLO⟩evil")]
    [InlineData("\u202Aa\u202Bb\u202Cc\u202Dd", "⟨LRE⟩a⟨RLE⟩b⟨PDF⟩c⟨LRO⟩d")]
    [InlineData("\u2066x\u2067y\u2068z\u2069", "⟨LRI⟩x⟨RLI⟩y⟨FSI⟩z⟨PDI⟩")]
    [InlineData("zero\u200Bwidth", "zero⟨ZWSP⟩width")]
    [InlineData("a\u200Cb\u200Dc\u200Ed\u200Fe", "a⟨ZWNJ⟩b⟨ZWJ⟩c⟨LRM⟩d⟨RLM⟩e")]
    [InlineData("\uFEFFbom", "⟨BOM⟩bom")]
    public void Bidi_and_invisible_characters_are_marked(string input, string expected) =>
        Assert.Equal(expected, Sanitizer.ToDisplayString(input));

    // Built in code: xunit's theory data would mangle lone surrogates on the way in.
    [Fact]
    public void Lone_surrogates_become_replacement_markers()
    {
        Assert.Equal("a\uFFFDb", Sanitizer.ToDisplayString("a" + '\uD800' + "b"));
        Assert.Equal("end\uFFFD", Sanitizer.ToDisplayString("end" + '\uD83D'));
        Assert.Equal("\uFFFDstart", Sanitizer.ToDisplayString('\uDE00' + "start"));
        Assert.Equal("\uFFFD\uFFFD", Sanitizer.ToDisplayString(new string(['\uDE00', '\uD83D'])));
        Assert.Equal("😀", Sanitizer.ToDisplayString(new string(['\uD83D', '\uDE00'])));
    }

    [Fact]
    public void Escapes_are_flagged_runs()
    {
        var runs = Sanitizer.Sanitize("ok\u001b[0m\u202Edone");

        Assert.Equal(
            [new TextRun("ok", false), new TextRun("^[", true), new TextRun("[0m", false), new TextRun("⟨RLO⟩", true), new TextRun("done", false)],
            runs);
    }

    [Fact]
    public void Tabs_can_be_spaces()
    {
        var runs = Sanitizer.Sanitize("a\tb", new SanitizerOptions(TabDisplay.Spaces, 2));

        Assert.Equal([new TextRun("a", false), new TextRun("  ", false), new TextRun("b", false)], runs);
    }

    [Fact]
    public void Sanitizing_twice_changes_nothing()
    {
        var once = Sanitizer.ToDisplayString("\u001b\u0085\u202E\uD800\t\u200B x");

        Assert.True(Sanitizer.IsClean(once));
        Assert.Equal(once, Sanitizer.ToDisplayString(once));
    }

    [Fact]
    public void Empty_text_has_no_runs() => Assert.Empty(Sanitizer.Sanitize(string.Empty));
}
