using System.Text;
using Review.Core.Text;

namespace Review.Core.Tests.Text;

public sealed class TextDiffBudgetTests
{
    private readonly TextDiff _diff = new();

    [Fact]
    public void Unrelated_5k_texts_fall_back_within_the_budget()
    {
        var random = new Random(7);
        var oldText = Prose(random, 5_000, "가나다라마바사아자차카타파하");
        var newText = Prose(random, 5_000, "abcdefghijklmnopqrstuvwxyz");
        var result = _diff.Compute(oldText, newText);
        Assert.True(result.FellBack);
        Assert.InRange(result.Work, 0, _diff.Budget.MaxCellsPerDiff);
        Assert.Equal(oldText, result.OldText());
        Assert.Equal(newText, result.NewText());
    }

    [Fact]
    public void Unrelated_100k_texts_fall_back_within_the_budget()
    {
        var random = new Random(8);
        var oldText = Prose(random, 100_000, "가나다라마바사아자차카타파하");
        var newText = Prose(random, 100_000, "가나다라마바사아자차카타파하");
        var result = _diff.Compute(oldText, newText);
        Assert.True(result.FellBack);
        Assert.InRange(result.Work, 0, _diff.Budget.MaxCellsPerDiff);
        Assert.Equal(newText, result.NewText());
    }

    [Fact]
    public void One_edit_in_100k_unpunctuated_characters_is_found_exactly()
    {
        var oldText = new string('가', 50_000) + new string('나', 50_000);
        var newText = new string('가', 50_000) + "[12]" + new string('나', 50_000);
        var result = _diff.Compute(oldText, newText);
        Assert.False(result.FellBack);
        Assert.Equal(["[12]"], result.Segments.Where(s => s.Operation == DiffOperation.Inserted).Select(s => s.Text));
        Assert.Equal(0, result.Work);
    }

    [Fact]
    public void A_few_edits_in_thousands_of_sentences_line_up_on_the_shared_sentences()
    {
        var sentences = Enumerable.Range(0, 3_000).Select(i => $"문장 {i}번은 데이터를 설명한다. ").ToArray();
        var edited = (string[])sentences.Clone();
        foreach (var i in new[] { 7, 700, 1_500, 2_222, 2_999 })
        {
            edited[i] = edited[i].Replace("설명한다", "요약한다", StringComparison.Ordinal);
        }
        var result = _diff.Compute(string.Concat(sentences), string.Concat(edited));
        Assert.False(result.FellBack);
        Assert.Equal(5, result.Segments.Count(s => s is { Operation: DiffOperation.Deleted, Text: "설명" }));
        Assert.Equal(5, result.Segments.Count(s => s is { Operation: DiffOperation.Inserted, Text: "요약" }));
    }

    [Fact]
    public void One_token_against_100k_is_a_replacement_not_a_stall()
    {
        var newText = Prose(new Random(9), 100_000, "abcdefghij");
        var result = _diff.Compute("x", newText);
        Assert.True(result.FellBack);
        Assert.Equal(0, result.Work);
        Assert.Equal(newText, result.NewText());
    }

    [Fact]
    public void Past_the_character_budget_words_are_diffed_first_then_characters_inside_changed_words()
    {
        var tight = new TextDiff(new DiffBudget(MaxCellsPerRefinement: 100, MaxCellsPerDiff: 200));
        var result = tight.Compute("데이터를 수집한 다음 모델을 학습시킨다", "자료를 수집한 다음 모델을 훈련시킨다");
        Assert.False(result.FellBack);
        Assert.Equal(["데이터", "학습"], result.Segments.Where(s => s.Operation == DiffOperation.Deleted).Select(s => s.Text));
        Assert.Equal(["자료", "훈련"], result.Segments.Where(s => s.Operation == DiffOperation.Inserted).Select(s => s.Text));
        // Nine words a side, then two changed words refined by syllable; a whole syllable diff would cost 400.
        Assert.InRange(result.Work, 81, 100);
    }

    [Fact]
    public void Past_the_budget_for_refining_changed_words_stay_diffed_by_word()
    {
        var tight = new TextDiff(new DiffBudget(MaxCellsPerRefinement: 30, MaxCellsPerDiff: 30));
        var result = tight.Compute("우리는 데이터를 수집하고 정제한다", "우리는 자료를 모으고 다듬는다");
        Assert.True(result.FellBack);
        Assert.Equal(
            ["데이터를", "수집하고", "정제한다"],
            result.Segments.Where(s => s.Operation == DiffOperation.Deleted).Select(s => s.Text.Trim()).SelectMany(t => t.Split(' ')));
    }

    [Fact]
    public void Past_every_budget_a_span_is_replaced_entirely()
    {
        var none = new TextDiff(new DiffBudget(MaxCellsPerRefinement: 0, MaxCellsPerDiff: 0));
        var result = none.Compute("고품질 텍스트", "저품질 텍스트");
        Assert.True(result.FellBack);
        Assert.Equal(0, result.Work);
        Assert.Equal([DiffOperation.Deleted, DiffOperation.Inserted, DiffOperation.Equal], result.Segments.Select(s => s.Operation));
    }

    [Fact]
    public void Many_changed_sentences_are_paired_in_order_when_too_big_to_diff_whole()
    {
        var random = new Random(10);
        var sentences = Enumerable.Range(0, 60).Select(_ => Prose(random, 60, "가나다라마바사").Replace(". ", " ").TrimEnd() + ". ").ToArray();
        var oldText = string.Concat(sentences);
        var newText = string.Concat(sentences.Select(s => "새 " + s));
        var result = _diff.Compute(oldText, newText);
        Assert.True(result.FellBack);
        Assert.Equal(newText, result.NewText());
        Assert.Equal(60, result.Segments.Count(s => s is { Operation: DiffOperation.Inserted, Text: "새 " }));
    }

    /// <summary>Space-separated words of random letters with an occasional full stop.</summary>
    private static string Prose(Random random, int length, string letters)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(letters[random.Next(letters.Length)]);
            var roll = random.Next(12);
            text.Append(roll == 0 ? ". " : roll < 4 ? " " : string.Empty);
        }
        return text.ToString(0, length);
    }
}
