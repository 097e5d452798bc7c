namespace Review.Core.Checks;

/// <summary>Lookups in a list of disjoint spans in text order (what the scanners return), by binary
/// search, so a scan asking at every match stays O(n log k).</summary>
public static class SortedSpans
{
    public static bool Covers(IReadOnlyList<TextSpan> spans, int index) => IndexCovering(spans, index) >= 0;

    /// <summary>The position in <paramref name="spans"/> of the span covering <paramref name="index"/>, or -1.</summary>
    public static int IndexCovering(IReadOnlyList<TextSpan> spans, int index)
    {
        int low = 0, high = spans.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (index < spans[middle].Start)
            {
                high = middle - 1;
            }
            else if (index >= spans[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }
}
