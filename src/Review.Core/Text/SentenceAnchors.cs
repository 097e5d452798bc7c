namespace Review.Core.Text;

/// <summary>
/// Patience-diff anchors: sentences that occur exactly once in each text, kept where their order
/// agrees (longest increasing subsequence). Costs O(n log n), so two long texts with too many
/// sentences for DiffPlex still line up around the sentences they share.
/// </summary>
internal static class SentenceAnchors
{
    public static List<(int Old, int New)> Find(string oldText, List<TextToken> oldUnits, string newText, List<TextToken> newUnits)
    {
        var seen = new Dictionary<string, (int OldCount, int OldIndex, int NewCount, int NewIndex)>(StringComparer.Ordinal);
        for (var i = 0; i < oldUnits.Count; i++)
        {
            var key = oldText.Substring(oldUnits[i].Start, oldUnits[i].Length);
            var entry = seen.GetValueOrDefault(key);
            seen[key] = entry with { OldCount = entry.OldCount + 1, OldIndex = i };
        }
        for (var j = 0; j < newUnits.Count; j++)
        {
            var key = newText.Substring(newUnits[j].Start, newUnits[j].Length);
            if (seen.TryGetValue(key, out var entry))
            {
                seen[key] = entry with { NewCount = entry.NewCount + 1, NewIndex = j };
            }
        }
        var unique = seen.Values
            .Where(e => e.OldCount == 1 && e.NewCount == 1)
            .Select(e => (Old: e.OldIndex, New: e.NewIndex))
            .OrderBy(p => p.Old)
            .ToList();
        return LongestIncreasing(unique);
    }

    /// <summary>The longest run of pairs whose new indexes increase, by patience sorting.</summary>
    private static List<(int Old, int New)> LongestIncreasing(List<(int Old, int New)> pairs)
    {
        var tails = new List<int>();
        var previous = new int[pairs.Count];
        for (var k = 0; k < pairs.Count; k++)
        {
            var low = 0;
            var high = tails.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (pairs[tails[middle]].New < pairs[k].New)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            previous[k] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(k);
            }
            else
            {
                tails[low] = k;
            }
        }
        var anchors = new List<(int Old, int New)>(tails.Count);
        for (var k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k])
        {
            anchors.Add(pairs[k]);
        }
        anchors.Reverse();
        return anchors;
    }
}
