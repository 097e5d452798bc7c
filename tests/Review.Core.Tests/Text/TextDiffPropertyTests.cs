using System.Globalization;
using Review.Core.Text;

namespace Review.Core.Tests.Text;

public sealed class TextDiffPropertyTests
{
    [Theory]
    [InlineData(DiffGranularity.Automatic, 1)]
    [InlineData(DiffGranularity.Character, 2)]
    [InlineData(DiffGranularity.Word, 3)]
    public void Segments_rebuild_both_texts_for_edited_pairs(DiffGranularity granularity, int seed)
    {
        var random = new Random(seed);
        var diff = new TextDiff();
        for (var round = 0; round < 400; round++)
        {
            var oldText = RandomText.Next(random, random.Next(0, 80));
            var newText = RandomText.Edit(random, oldText, random.Next(0, 6));
            AssertWellFormed(oldText, newText, diff.Compute(oldText, newText, granularity));
        }
    }

    [Theory]
    [InlineData(DiffGranularity.Automatic, 4)]
    [InlineData(DiffGranularity.Character, 5)]
    [InlineData(DiffGranularity.Word, 6)]
    public void Segments_rebuild_both_texts_for_unrelated_pairs_under_a_tight_budget(DiffGranularity granularity, int seed)
    {
        var random = new Random(seed);
        var diff = new TextDiff(new DiffBudget(40, 120));
        for (var round = 0; round < 400; round++)
        {
            var oldText = RandomText.Next(random, random.Next(0, 120));
            var newText = RandomText.Next(random, random.Next(0, 120));
            var result = diff.Compute(oldText, newText, granularity);
            AssertWellFormed(oldText, newText, result);
            Assert.InRange(result.Work, 0, diff.Budget.MaxCellsPerDiff);
        }
    }

    private static void AssertWellFormed(string oldText, string newText, TextDiffResult result)
    {
        Assert.Equal(oldText, result.OldText());
        Assert.Equal(newText, result.NewText());
        var oldBoundaries = Boundaries(oldText);
        var newBoundaries = Boundaries(newText);
        int oldPosition = 0, newPosition = 0;
        DiffOperation? previous = null;
        foreach (var segment in result.Segments)
        {
            Assert.NotEqual(0, segment.Length);
            Assert.NotEqual(previous, segment.Operation);
            Assert.Equal(oldPosition, segment.OldStart);
            Assert.Equal(newPosition, segment.NewStart);
            if (segment.Operation != DiffOperation.Inserted)
            {
                oldPosition += segment.Length;
                Assert.Contains(oldPosition, oldBoundaries);
            }
            if (segment.Operation != DiffOperation.Deleted)
            {
                newPosition += segment.Length;
                Assert.Contains(newPosition, newBoundaries);
            }
            previous = segment.Operation;
        }
    }

    private static HashSet<int> Boundaries(string text) =>
        [.. StringInfo.ParseCombiningCharacters(text), text.Length];
}
