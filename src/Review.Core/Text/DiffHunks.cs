namespace Review.Core.Text;

/// <summary>
/// The hunks of a diff from a text to its suggestion, and the text with some of them taken
/// (git add -p for one sentence). Hunks are made of the diff's segments, so they follow its
/// granularity: they never split a grapheme, and in word mode never a word.
/// </summary>
public static class DiffHunks
{
    public static IReadOnlyList<DiffHunk> Of(TextDiffResult diff)
    {
        var hunks = new List<DiffHunk>();
        var start = -1;
        for (var i = 0; i <= diff.Segments.Count; i++)
        {
            var changed = i < diff.Segments.Count && diff.Segments[i].Operation != DiffOperation.Equal;
            if (changed && start < 0)
            {
                start = i;
            }
            else if (!changed && start >= 0)
            {
                hunks.Add(new DiffHunk(hunks.Count + 1, start, i - 1));
                start = -1;
            }
        }
        return hunks;
    }

    /// <summary>The old text with the taken hunks (by number) replaced by the suggestion's text.</summary>
    public static string Apply(TextDiffResult diff, IReadOnlySet<int> taken)
    {
        var hunkOf = HunkOfSegment(diff);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < diff.Segments.Count; i++)
        {
            var segment = diff.Segments[i];
            var keep = segment.Operation switch
            {
                DiffOperation.Equal => true,
                DiffOperation.Deleted => !taken.Contains(hunkOf[i]),
                _ => taken.Contains(hunkOf[i]),
            };
            if (keep)
            {
                text.Append(segment.Text);
            }
        }
        return text.ToString();
    }

    /// <summary>Which hunk each segment belongs to (0 for equal text).</summary>
    public static int[] HunkOfSegment(TextDiffResult diff)
    {
        var numbers = new int[diff.Segments.Count];
        foreach (var hunk in Of(diff))
        {
            for (var i = hunk.First; i <= hunk.Last; i++)
            {
                numbers[i] = hunk.Number;
            }
        }
        return numbers;
    }

    /// <summary>The taken hunks as a decision records them: "1,3/4" (hunks 1 and 3 of 4).</summary>
    public static string Describe(IEnumerable<int> taken, int count) =>
        string.Join(",", taken.Order()) + "/" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
