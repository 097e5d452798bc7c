using Review.Core.Align;
using Review.Core.Text;

namespace Review.Core.Tests.Align;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("하나다. 둘이다! 셋?", new[] { "하나다. ", "둘이다! ", "셋?" })]
    [InlineData("값은 3.5이다. 끝", new[] { "값은 3.5이다. ", "끝" })]
    [InlineData("一句。二句！三句", new[] { "一句。", "二句！", "三句" })]
    [InlineData("첫 줄\n둘째 줄\r\n셋째", new[] { "첫 줄\n", "둘째 줄\r\n", "셋째" })]
    [InlineData("마침표 없음", new[] { "마침표 없음" })]
    public void Cuts_after_sentence_ends_and_line_breaks(string text, string[] expected) => AssertSplit(text, expected);

    [Theory]
    [InlineData("It works. Then it stops! Why? Nobody knows.", new[] { "It works. ", "Then it stops! ", "Why? ", "Nobody knows." })]
    [InlineData("He said \"stop.\" Then he left.", new[] { "He said \"stop.\" ", "Then he left." })]
    [InlineData("Data is crawled (see below). 웹 데이터는 크다.", new[] { "Data is crawled (see below). ", "웹 데이터는 크다." })]
    [InlineData("Wait... Then go.", new[] { "Wait... ", "Then go." })]
    public void Cuts_latin_sentences_before_a_capital_or_a_cjk_character(string text, string[] expected) => AssertSplit(text, expected);

    [Theory]
    [InlineData("Smith et al. Proposed it. Done.", new[] { "Smith et al. Proposed it. ", "Done." })]
    [InlineData("As shown in Fig. 3 and Fig. A, it holds. Yes.", new[] { "As shown in Fig. 3 and Fig. A, it holds. ", "Yes." })]
    [InlineData("Use e.g. Python or i.e. Rust. Fine.", new[] { "Use e.g. Python or i.e. Rust. ", "Fine." })]
    [InlineData("Version v1.2 is out. The value 3.14 holds.", new[] { "Version v1.2 is out. ", "The value 3.14 holds." })]
    [InlineData("It works. and then it continues.", new[] { "It works. and then it continues." })]
    [InlineData("1. Pre-training helps.\n2. It costs.", new[] { "1. Pre-training helps.\n", "2. It costs." })]
    public void Does_not_cut_after_abbreviations_numbers_or_a_lower_case_word(string text, string[] expected) => AssertSplit(text, expected);

    [Theory]
    [InlineData("1. We curate data. 2. We build a system. 3. We tune it.", new[] { "1. We curate data. ", "2. We build a system. ", "3. We tune it." })]
    [InlineData("1. 데이터를 선별한다. 2. 시스템을 구축한다.", new[] { "1. 데이터를 선별한다. ", "2. 시스템을 구축한다." })]
    [InlineData("It helps reasoning. * **MBPP**[181] is a set.", new[] { "It helps reasoning. ", "* **MBPP**[181] is a set." })]
    [InlineData("In 2020. 3 models came out.", new[] { "In 2020. 3 models came out." })]
    public void Keeps_list_numbers_and_bullets_with_the_sentence_they_start(string text, string[] expected) => AssertSplit(text, expected);

    [Theory]
    [InlineData("It grows [82, 26]. For use, we crawl [163].", new[] { "It grows [82, 26]. ", "For use, we crawl [163]." })]
    [InlineData("It holds (Albalak et al., 2023; Wang, 2021a). Next.", new[] { "It holds (Albalak et al., 2023; Wang, 2021a). ", "Next." })]
    [InlineData("Let \\(a_1. B^2\\) be given. Then go.", new[] { "Let \\(a_1. B^2\\) be given. ", "Then go." })]
    [InlineData("Let $x_1. Y^2$ hold. Then go.", new[] { "Let $x_1. Y^2$ hold. ", "Then go." })]
    public void Keeps_citations_math_and_urls_whole(string text, string[] expected) => AssertSplit(text, expected);

    [Theory]
    [InlineData("모델을 제안한다. arXiv에 공개했다.", new[] { "모델을 제안한다. ", "arXiv에 공개했다." })]
    [InlineData("LLM이 지식을 얻는다[82, 26]. 이러한 자원을 쓴다.", new[] { "LLM이 지식을 얻는다[82, 26]. ", "이러한 자원을 쓴다." })]
    [InlineData("我们提出方法。它很好（见表1）。", new[] { "我们提出方法。", "它很好（见表1）。" })]
    public void Knows_korean_and_chinese_sentence_ends(string text, string[] expected) => AssertSplit(text, expected);

    [Fact]
    public void Sentences_cover_the_text_exactly()
    {
        const string text = "One. Two!  Three? 넷이다.\n다섯。六 ";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(text, string.Concat(sentences.Select(s => text.Substring(s.Start, s.Length))));
        Assert.Equal(6, sentences.Count);
    }

    private static void AssertSplit(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)));
}
