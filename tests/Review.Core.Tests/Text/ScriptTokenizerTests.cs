using System.Globalization;
using Review.Core.Text;

namespace Review.Core.Tests.Text;

public sealed class ScriptTokenizerTests
{
    [Theory]
    [InlineData("번역 품질", DiffGranularity.Automatic, new[] { "번", "역", " ", "품", "질" })]
    [InlineData("번역 품질", DiffGranularity.Word, new[] { "번역", " ", "품질" })]
    [InlineData("번역 품질", DiffGranularity.Character, new[] { "번", "역", " ", "품", "질" })]
    [InlineData("机器翻译。", DiffGranularity.Automatic, new[] { "机", "器", "翻", "译", "。" })]
    [InlineData("ひらがなとカタカナ", DiffGranularity.Automatic, new[] { "ひ", "ら", "が", "な", "と", "カ", "タ", "カ", "ナ" })]
    [InlineData("データー", DiffGranularity.Automatic, new[] { "デ", "ー", "タ", "ー" })]
    [InlineData("Hello, world!", DiffGranularity.Automatic, new[] { "Hello", ",", " ", "world", "!" })]
    [InlineData("Hi", DiffGranularity.Character, new[] { "H", "i" })]
    [InlineData("Привет мир", DiffGranularity.Automatic, new[] { "Привет", " ", "мир" })]
    public void Cuts_by_script(string text, DiffGranularity granularity, string[] expected) =>
        Assert.Equal(expected, Texts(text, granularity));

    [Fact]
    public void Mixed_Korean_and_Latin_keeps_Latin_words_whole_and_Hangul_by_syllable() =>
        Assert.Equal(
            ["LLM", "이", " ", "CommonCrawl", "[", "163", "]", "과", " ", "GPT", "-", "4"],
            Texts("LLM이 CommonCrawl[163]과 GPT-4", DiffGranularity.Automatic));

    [Fact]
    public void By_word_a_Korean_eojeol_with_a_Latin_stem_is_one_word() =>
        Assert.Equal(["LLM이", " ", "CommonCrawl", "[", "163", "]", "과"], Texts("LLM이 CommonCrawl[163]과", DiffGranularity.Word));

    [Fact]
    public void Whitespace_runs_are_one_token_except_by_character()
    {
        Assert.Equal(["a", "  \t ", "b"], Texts("a  \t b", DiffGranularity.Automatic));
        Assert.Equal(["a", " ", " ", "\t", " ", "b"], Texts("a  \t b", DiffGranularity.Character));
    }

    [Fact]
    public void Line_break_pair_is_one_grapheme() =>
        Assert.Equal(["x", "\r\n", "y"], Texts("x\r\ny", DiffGranularity.Character));

    [Fact]
    public void Emoji_zwj_sequences_stay_whole()
    {
        const string coder = "\U0001F469\u200D\U0001F4BB";
        const string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
        Assert.Equal([coder, " ", "ok", family], Texts($"{coder} ok{family}", DiffGranularity.Automatic));
        Assert.Equal([coder, family], Texts(coder + family, DiffGranularity.Character));
    }

    [Fact]
    public void Combining_marks_stay_with_their_base()
    {
        const string word = "e\u0301te\u0301";
        Assert.Equal([word], Texts(word, DiffGranularity.Automatic));
        Assert.Equal(["e\u0301", "t", "e\u0301"], Texts(word, DiffGranularity.Character));
    }

    [Fact]
    public void Conjoining_jamo_make_one_syllable() =>
        Assert.Equal(["\u1100\u1161\u11A8", "\u1102\u1161"], Texts("\u1100\u1161\u11A8\u1102\u1161", DiffGranularity.Automatic));

    [Fact]
    public void Surrogate_pairs_are_never_split()
    {
        Assert.Equal(["\U00020BB7", "野", "家"], Texts("\U00020BB7野家", DiffGranularity.Automatic));
        Assert.Equal(["\U0001D431\U0001D432", " ", "="], Texts("\U0001D431\U0001D432 =", DiffGranularity.Automatic));
    }

    [Fact]
    public void A_lone_surrogate_is_a_token_of_its_own() =>
        Assert.Equal(["ab", "\uD800", "cd"], Texts("ab\uD800cd", DiffGranularity.Automatic));

    [Fact]
    public void Empty_text_has_no_tokens() =>
        Assert.Empty(ScriptTokenizer.Tokenize(string.Empty, DiffGranularity.Automatic));

    [Theory]
    [InlineData(DiffGranularity.Automatic)]
    [InlineData(DiffGranularity.Character)]
    [InlineData(DiffGranularity.Word)]
    public void Tokens_cover_random_text_exactly_on_grapheme_boundaries(DiffGranularity granularity)
    {
        var random = new Random(20261121);
        for (var round = 0; round < 300; round++)
        {
            var text = RandomText.Next(random, random.Next(0, 60));
            var boundaries = StringInfo.ParseCombiningCharacters(text).Append(text.Length).ToHashSet();
            var position = 0;
            foreach (var token in ScriptTokenizer.Tokenize(text, granularity))
            {
                Assert.Equal(position, token.Start);
                Assert.True(token.Length > 0);
                Assert.Contains(token.End, boundaries);
                position = token.End;
            }
            Assert.Equal(text.Length, position);
        }
    }

    [Theory]
    [InlineData(DiffGranularity.Automatic)]
    [InlineData(DiffGranularity.Character)]
    [InlineData(DiffGranularity.Word)]
    public void A_local_token_start_is_a_token_start_of_the_whole_text(DiffGranularity granularity)
    {
        var random = new Random(20261122);
        for (var round = 0; round < 300; round++)
        {
            var text = RandomText.Next(random, random.Next(0, 60));
            var starts = ScriptTokenizer.Tokenize(text, granularity).Select(t => t.Start).Append(text.Length).ToHashSet();
            for (var index = 0; index <= text.Length; index++)
            {
                if (ScriptTokenizer.StartsToken(text, index, granularity))
                {
                    Assert.Contains(index, starts);
                }
            }
        }
    }

    [Fact]
    public void Tokenizing_gives_up_past_the_limit()
    {
        Assert.False(ScriptTokenizer.TryTokenize("가나다라", DiffGranularity.Automatic, 3, out _));
        Assert.True(ScriptTokenizer.TryTokenize("가나다", DiffGranularity.Automatic, 3, out var tokens));
        Assert.Equal(3, tokens.Count);
    }

    private static string[] Texts(string text, DiffGranularity granularity) =>
        [.. ScriptTokenizer.Tokenize(text, granularity).Select(t => text.Substring(t.Start, t.Length))];
}
