using Review.Core.Text;

namespace Review.Core.Tests.Text;

public sealed class TextDiffTests
{
    private readonly TextDiff _diff = new();

    [Fact]
    public void Korean_changes_are_marked_by_syllable()
    {
        var result = _diff.Compute("데이터를 수집한다", "데이터를 크롤링한다");
        Assert.Equal(
            [Equal("데이터를 "), Deleted("수집"), Inserted("크롤링"), Equal("한다")],
            Shape(result));
        Assert.False(result.FellBack);
    }

    [Fact]
    public void By_word_a_changed_eojeol_is_replaced_whole()
    {
        var result = _diff.Compute("데이터를 수집한다", "데이터를 크롤링한다", DiffGranularity.Word);
        Assert.Equal([Equal("데이터를 "), Deleted("수집한다"), Inserted("크롤링한다")], Shape(result));
    }

    [Fact]
    public void Latin_changes_are_marked_by_word_unless_asked_by_character()
    {
        Assert.Equal(
            [Equal("the "), Deleted("colour"), Inserted("color"), Equal(" of it")],
            Shape(_diff.Compute("the colour of it", "the color of it")));
        Assert.Equal(
            [Equal("the colo"), Deleted("u"), Equal("r of it")],
            Shape(_diff.Compute("the colour of it", "the color of it", DiffGranularity.Character)));
    }

    [Fact]
    public void A_restored_citation_is_one_insertion()
    {
        var result = _diff.Compute("능력을 향상시킨다. 이러한", "능력을 향상시킨다[82, 26]. 이러한");
        Assert.Equal([Equal("능력을 향상시킨다"), Inserted("[82, 26]"), Equal(". 이러한")], Shape(result));
    }

    [Fact]
    public void A_completed_truncation_is_one_insertion_at_the_end()
    {
        var result = _diff.Compute("웹 데이터는 고품질 텍스트와", "웹 데이터는 고품질 텍스트와 저품질 텍스트를 모두 포함한다.");
        Assert.Equal([Equal("웹 데이터는 고품질 텍스트와"), Inserted(" 저품질 텍스트를 모두 포함한다.")], Shape(result));
    }

    [Fact]
    public void Only_the_changed_sentence_is_refined()
    {
        const string first = "첫 문장은 그대로다. ";
        const string third = " 셋째 문장도 그대로다.";
        var result = _diff.Compute(first + "둘째 문장은 틀렸다." + third, first + "둘째 문장은 고쳤다." + third);
        Assert.Equal(
            [Equal(first + "둘째 문장은 "), Deleted("틀렸"), Inserted("고쳤"), Equal("다." + third)],
            Shape(result));
        // Three sentences a side cost 3^2 cells, then two changed syllables a side 2^2.
        Assert.Equal(9 + 4, result.Work);
    }

    [Fact]
    public void Short_matches_inside_a_rewritten_phrase_are_absorbed_into_it()
    {
        var result = _diff.Compute("심각한 고콜레스테롤을 가진 사람들의 총 콜레스테롤", "중증 고콜레스테롤혈증 환자의 총 콜레스테롤");
        Assert.Equal(
            [Deleted("심각한"), Inserted("중증"), Equal(" 고콜레스테롤"), Deleted("을 가진 사람들"), Inserted("혈증 환자"), Equal("의 총 콜레스테롤")],
            Shape(result));
    }

    [Fact]
    public void Offsets_point_into_both_texts()
    {
        const string oldText = "CommonCrawl과 같이 이전 작업에서";
        const string newText = "CommonCrawl [163]과 같이 선행 연구에서";
        foreach (var segment in _diff.Compute(oldText, newText).Segments)
        {
            var source = segment.Operation == DiffOperation.Inserted ? newText : oldText;
            var start = segment.Operation == DiffOperation.Inserted ? segment.NewStart : segment.OldStart;
            Assert.Equal(segment.Text, source.Substring(start, segment.Length));
            if (segment.Operation == DiffOperation.Equal)
            {
                Assert.Equal(segment.Text, newText.Substring(segment.NewStart, segment.Length));
            }
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("같다", "같다")]
    public void Equal_texts_have_no_changes_and_cost_nothing(string oldText, string newText)
    {
        var result = _diff.Compute(oldText, newText);
        Assert.False(result.HasChanges);
        Assert.Equal(0, result.Work);
        Assert.Equal(oldText, result.NewText());
    }

    [Fact]
    public void Empty_sides_are_pure_insertions_or_deletions()
    {
        Assert.Equal([Inserted("새 글")], Shape(_diff.Compute("", "새 글")));
        Assert.Equal([Deleted("옛 글")], Shape(_diff.Compute("옛 글", "")));
    }

    [Fact]
    public void Math_markup_is_tokenized_so_an_unchanged_formula_stays_equal()
    {
        const string formula = @"\(\mathcal{O}(n^{2})\)";
        var result = _diff.Compute($"복잡도는 {formula}이다", $"시간 복잡도는 {formula}이다");
        Assert.Contains(result.Segments, s => s.Operation == DiffOperation.Equal && s.Text.Contains(formula, StringComparison.Ordinal));
        Assert.Equal([Inserted("시간 ")], Shape(result).Where(s => s.Operation != DiffOperation.Equal));
    }

    private static List<DiffSegment> Shape(TextDiffResult result) =>
        [.. result.Segments.Select(s => s with { OldStart = 0, NewStart = 0 })];

    private static DiffSegment Equal(string text) => new(DiffOperation.Equal, text, 0, 0);

    private static DiffSegment Deleted(string text) => new(DiffOperation.Deleted, text, 0, 0);

    private static DiffSegment Inserted(string text) => new(DiffOperation.Inserted, text, 0, 0);
}
