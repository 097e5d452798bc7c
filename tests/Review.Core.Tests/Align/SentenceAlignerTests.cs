using Review.Core.Align;

namespace Review.Core.Tests.Align;

public sealed class SentenceAlignerTests
{
    private static readonly SentenceAligner Aligner = new(LengthModel.Default("en", "ko"));

    [Fact]
    public void Equal_sentences_align_one_to_one_with_high_confidence()
    {
        var links = Aligner.Align(
            ["The model has 7B parameters.", "It was trained on 2T tokens in 2023.", "We release it."],
            ["이 모델은 7B 매개변수를 가진다.", "2023년에 2T 토큰으로 훈련되었다.", "공개한다."]);
        Assert.Equal(["1-1", "1-1", "1-1"], links.Select(l => l.Kind));
        Assert.All(links, l => Assert.True(l.Confidence > 0.8, $"confidence {l.Confidence}"));
    }

    [Fact]
    public void Two_source_sentences_fused_in_the_target_make_a_2_1_link()
    {
        var links = Aligner.Align(
            ["We train on 300 GPUs for 14 days.", "The loss drops to 1.9.", "Results appear in Table 4 and are discussed in Section 5 at length."],
            ["300개의 GPU로 14일 동안 훈련하며 손실은 1.9로 떨어진다.", "결과는 표 4에 나타나 있으며 5절에서 자세히 논의한다."]);
        Assert.Equal([(0, 2, 0, 1), (2, 1, 1, 1)], links.Select(l => (l.SourceStart, l.SourceCount, l.TargetStart, l.TargetCount)));
    }

    [Fact]
    public void An_untranslated_sentence_gets_a_1_0_link()
    {
        var links = Aligner.Align(
            ["GPT-3 [55] was released in 2020 with 175B parameters.", "ICL can teach LLMs many different tasks in the form of natural language text and examples.", "Overall, GPT-3 is a landmark on the way from PLMs to LLMs."],
            ["GPT-3 [55]는 2020년에 175B 매개변수로 출시되었다.", "전반적으로 GPT-3는 PLM에서 LLM으로 가는 길의 이정표다."]);
        Assert.Equal(["1-1", "1-0", "1-1"], links.Select(l => l.Kind));
    }

    [Fact]
    public void Empty_sides_give_deletions_only()
    {
        Assert.Equal(["1-0", "1-0"], Aligner.Align(["One.", "Two."], []).Select(l => l.Kind));
        Assert.Equal(["0-1"], Aligner.Align([], ["하나."]).Select(l => l.Kind));
        Assert.Empty(Aligner.Align([], []));
    }

    [Fact]
    public void A_long_paragraph_is_aligned_whole_within_the_beam()
    {
        var source = Enumerable.Range(0, 400).Select(i => $"Sentence {i} says something of length {i % 7}.").ToArray();
        var target = Enumerable.Range(0, 400).Select(i => $"문장 {i}은 길이 {i % 7}의 내용을 말한다.").ToArray();
        var links = Aligner.Align(source, target);
        Assert.Equal(400, links.Length);
        Assert.All(links, (l, i) => Assert.Equal((i, 1, i, 1), (l.SourceStart, l.SourceCount, l.TargetStart, l.TargetCount)));
    }

    [Fact]
    public void The_length_model_is_calibrated_from_the_corpus()
    {
        var calibrator = new LengthModelCalibrator();
        for (var i = 0; i < 100; i++)
        {
            calibrator.Add(new string('a', 100 + i), new string('가', 30 + i % 5));
        }
        var model = calibrator.Model(LengthModel.Default("en", "ko"));
        Assert.InRange(model.Ratio, 0.2, 0.3);
        Assert.Equal(LengthModel.Default("en", "ko"), new LengthModelCalibrator().Model(LengthModel.Default("en", "ko")));
    }
}
