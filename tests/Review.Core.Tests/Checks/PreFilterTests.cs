using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

/// <summary>
/// The cheap scans that let a check return before its real work must never hide a finding: every
/// character the slow path reacts to still reaches it. Where the alphabet is small enough, every
/// UTF-16 code unit is tried.
/// </summary>
public class PreFilterTests
{
    private static IEnumerable<char> AllChars() => Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c);

    [Fact]
    public void Only_plain_spaces_is_false_for_every_other_white_space_character()
    {
        var missed = AllChars().Where(c => c != ' ' && char.IsWhiteSpace(c) && WordSpans.HasOnlyPlainSpaces($"모델{c}학습")).ToList();
        Assert.Empty(missed);
    }

    [Fact]
    public void Plain_means_printable_ascii_and_kana_to_hangul_only()
    {
        var wrong = AllChars().Where(c => new TextProfile($"모델 {c} a").IsPlain != (c is >= ' ' and <= '~' or >= '\u3040' and <= '\uFDFF')).ToList();
        Assert.Empty(wrong);
        Assert.True(new TextProfile("우리는 모델을 학습한다 [12]. 我们训练模型 (a_b).").IsPlain);
        Assert.False(new TextProfile("我们训练模型。").IsPlain);
    }

    [Fact]
    public void Words_split_at_every_white_space_character()
    {
        foreach (var c in AllChars().Where(char.IsWhiteSpace))
        {
            var text = $" 모델{c}학습  data{c}{c}x ";
            var expected = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(expected, WordSpans.Of(text).Select(w => text.Substring(w.Start, w.Length)));
        }
    }

    [Fact]
    public void Measured_length_leaves_out_every_white_space_character_and_nothing_else()
    {
        var wrong = AllChars().Where(c => LengthRatioBand.Measure($"가 {c}b") != (char.IsWhiteSpace(c) ? 2 : 3)).ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData('\u00A0')]
    [InlineData('\u1680')]
    [InlineData('\u2000')]
    [InlineData('\u2009')]
    [InlineData('\u200A')]
    [InlineData('\u202F')]
    [InlineData('\u205F')]
    [InlineData('\u3000')]
    public void Every_odd_space_is_found(char space) =>
        CheckRun.AssertFires(true, new WhitespaceCheck(), "We train models.", $"우리는{space}모델을 학습한다.");

    [Theory]
    [InlineData("우리는 모델을 학습한다 .", "ko", true)]
    [InlineData("우리는 모델을 학습한다 ，", "ko", true)]
    [InlineData("我们训练模型 。", "zh", true)]
    [InlineData("我们训练模型 、", "zh", true)]
    [InlineData("モデルを訓練する「モデル 」。", "ja", true)]
    [InlineData("我们训练模型，数据 ]", "zh", true)]
    [InlineData("我们训练模型，数据。", "zh", false)]
    [InlineData("우리는 모델을 학습한다.", "ko", false)]
    public void Space_before_ascii_or_fullwidth_punctuation_is_found(string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new WhitespaceCheck(), "We train models.", target, lang);

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    [InlineData('\u00AD')]
    [InlineData('\u061C')]
    [InlineData('\u180E')]
    [InlineData('\u200B')]
    [InlineData('\u200E')]
    [InlineData('\u202A')]
    [InlineData('\u202E')]
    [InlineData('\u2060')]
    [InlineData('\u2066')]
    [InlineData('\u206F')]
    [InlineData('\uFEFF')]
    [InlineData('\uFFF9')]
    [InlineData('\uFFFB')]
    public void Every_kind_of_control_character_is_found_in_either_text(char control)
    {
        CheckRun.AssertFires(true, new ControlCheck(), "We train models.", $"우리는 모델을{control} 학습한다.");
        CheckRun.AssertFires(true, new ControlCheck(), $"We train{control} models.", "우리는 모델을 학습한다.");
    }

    [Theory]
    [InlineData('\u0020')]
    [InlineData('\u00A0')]
    [InlineData('\u2019')]
    [InlineData('\u2014')]
    [InlineData('\u2065')]
    [InlineData('\u2070')]
    [InlineData('\uFEFE')]
    [InlineData('\uFFFC')]
    public void Characters_beside_the_control_ranges_are_not_reported(char harmless) =>
        CheckRun.AssertFires(false, new ControlCheck(), $"We train{harmless} models.", $"우리는 모델을{harmless} 학습한다.");

    [Fact]
    public void Every_bracket_and_quote_is_checked()
    {
        foreach (var bracket in "()[]{}（）［］｛｝【】「」『』《》〈〉“”\"")
        {
            CheckRun.AssertFires(true, new BracketCheck(), "We train models.", $"우리는 모델을 {bracket}학습한다.");
        }
    }

    [Theory]
    [InlineData("모델 We train large language models on web data and more.", true)]
    [InlineData("We train large language models on web data and more 모델.", true)]
    [InlineData("모델을 학습시키는 방법을 제안한다 We train large language models on web data.", false)]
    [InlineData("We train large language models on web data 모델을 학습시키는 방법을 제안한다.", false)]
    public void Untranslated_counts_as_far_as_the_verdict_needs(string target, bool fires) =>
        CheckRun.AssertFires(fires, new UntranslatedCheck(), "We train large language models on web data and more.", target);

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(-1.0, false)]
    [InlineData(1.0, true)]
    public void Untranslated_honours_any_configured_share(double share, bool fires) =>
        CheckRun.AssertFires(fires, new UntranslatedCheck(share), "We train large language models on web data.",
            "우리는 웹 데이터로 대규모 언어 모델을 학습한다 with some English words.");

    [Theory]
    [InlineData("우리는 모델을 모델을. 학습한다.", "ko", true)]
    [InlineData("우리는 모델을 모델을.", "ko", true)]
    [InlineData("The the model is trained.", "en", true)]
    [InlineData("Ｍodel ｍodel is trained.", "en", true)]
    [InlineData("ÉCOLE école is a word.", "en", true)]
    [InlineData("우리는 모델 모델을 학습한다.", "ko", false)]
    [InlineData("우리는 모델을 학습한 모델을 본다.", "ko", false)]
    public void Repeat_pre_pass_keeps_punctuated_and_case_folded_doubles(string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new RepeatCheck(), "We train the model.", target, lang);

    [Fact]
    public void Repeat_with_no_phrase_length_finds_nothing() =>
        CheckRun.AssertFires(false, new RepeatCheck(maxPhraseWords: 0), "We train the model.", "우리는 모델을 모델을 학습한다.");
}
